using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined (spec 5.8.3). Every variable an operation uses, in its own selections or in any
/// fragment it spreads directly or not, must be defined by that operation. A fragment used by several
/// operations must therefore find its variables defined in each of them.
/// </summary>
public sealed class AllVariableUsesDefinedRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is OperationDefinitionNode operation)
            {
                var defined = operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
                foreach (var usage in context.GetRecursiveVariableUsages(operation))
                {
                    var name = usage.Node.Name.Value;
                    if (!defined.Contains(name))
                    {
                        context.ReportError(
                            operation.Name is { } operationName
                                ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                                : $"Variable \"${name}\" is not defined.",
                            usage.Node,
                            operation);
                    }
                }
            }

            return node is DocumentNode;
        }
    }
}
