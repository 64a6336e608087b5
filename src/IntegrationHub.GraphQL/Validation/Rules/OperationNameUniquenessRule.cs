using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Operation Name Uniqueness (spec 5.2.2.1). A named operation is chosen for execution by its name, so no two
/// operations in a document may share one, whatever their operation types.
/// </summary>
public sealed class OperationNameUniquenessRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node)
        {
            if (node is OperationDefinitionNode { Name: { } name } && !_seen.TryAdd(name.Value, name))
            {
                context.ReportError($"There can be only one operation named \"{name.Value}\".", _seen[name.Value], name);
            }

            return node is DocumentNode;
        }
    }
}
