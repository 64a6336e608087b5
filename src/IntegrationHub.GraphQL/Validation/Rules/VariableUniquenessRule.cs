using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Variable Uniqueness (spec 5.8.1). An operation may define each variable name only once.
/// </summary>
public sealed class VariableUniquenessRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is OperationDefinitionNode { VariableDefinitions.Count: > 1 } operation)
            {
                foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
                {
                    if (group.Skip(1).Any())
                    {
                        context.ReportError(
                            $"There can be only one variable named \"${group.Key}\".", group.Select(v => v.Variable.Name));
                    }
                }
            }

            return node is DocumentNode;
        }
    }
}
