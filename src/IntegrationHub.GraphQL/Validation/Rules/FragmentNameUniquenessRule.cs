using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Name Uniqueness (spec 5.5.1.1). Fragments are spread by name, so no two fragment definitions in a
/// document may share one.
/// </summary>
public sealed class FragmentNameUniquenessRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node)
        {
            if (node is FragmentDefinitionNode { Name: var name } && !_seen.TryAdd(name.Value, name))
            {
                context.ReportError($"There can be only one fragment named \"{name.Value}\".", _seen[name.Value], name);
            }

            return node is DocumentNode;
        }
    }
}
