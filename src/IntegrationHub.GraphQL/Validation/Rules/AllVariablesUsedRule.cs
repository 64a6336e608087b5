using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used (spec 5.8.4). Every variable an operation defines must be used, in the operation itself or
/// in a fragment it spreads directly or not.
/// </summary>
public sealed class AllVariablesUsedRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is OperationDefinitionNode { VariableDefinitions.Count: > 0 } operation)
            {
                var used = context.GetRecursiveVariableUsages(operation)
                    .Select(usage => usage.Node.Name.Value)
                    .ToHashSet(StringComparer.Ordinal);
                foreach (var definition in operation.VariableDefinitions)
                {
                    var name = definition.Variable.Name.Value;
                    if (!used.Contains(name))
                    {
                        context.ReportError(
                            operation.Name is { } operationName
                                ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                                : $"Variable \"${name}\" is never used.",
                            definition);
                    }
                }
            }

            return node is DocumentNode;
        }
    }
}
