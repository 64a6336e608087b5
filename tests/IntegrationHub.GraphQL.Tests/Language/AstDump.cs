using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Tests.Language;

/// <summary>A readable dump of a syntax tree for snapshots: one line per node with its slot, kind, span and
/// own values, indented by depth. Built with <see cref="SyntaxWalker"/>, so a snapshot also shows that the
/// walker reaches every node.</summary>
internal static class AstDump
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(SyntaxNode root)
    {
        var dump = new Dumper();
        SyntaxWalker.Walk(root, dump);
        return dump.Text.ToString();
    }

    private static string Values(SyntaxNode node) => node switch
    {
        NameNode name => " " + Quote(name.Value),
        StringValueNode value => (value.Block ? " block " : " ") + Quote(value.Value),
        IntValueNode value => " " + value.Value,
        FloatValueNode value => " " + value.Value,
        EnumValueNode value => " " + value.Value,
        BooleanValueNode value => value.Value ? " true" : " false",
        OperationDefinitionNode operation => " " + operation.Operation,
        RootOperationTypeDefinitionNode root => " " + root.Operation,
        DirectiveDefinitionNode { Repeatable: true } => " repeatable",
        _ => "",
    };

    private static string Quote(string value) => JsonSerializer.Serialize(value, Quoting);

    private sealed class Dumper : SyntaxVisitor
    {
        public StringBuilder Text { get; } = new();

        public override VisitAction Enter(SyntaxNode node, SyntaxPath path)
        {
            var slot = path.Steps.Count == 0 ? "" : path.Steps[^1] + " ";
            Text.Append(' ', 2 * path.Steps.Count)
                .Append(slot).Append(node.Kind).Append(' ').Append(node.Location).Append(Values(node)).Append('\n');
            return VisitAction.Continue;
        }
    }
}
