using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Variables Are Input Types (spec 5.8.2). A variable's value comes from the client, so its type must be an
/// input type: a scalar, enum or input object, possibly wrapped in lists and non-null. Unknown type names are
/// reported by Fragment Spread Type Existence.
/// </summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is VariableDefinitionNode variable
                && TypeFromSyntax.Resolve(context.Schema, variable.Type) is { IsInputType: false })
            {
                context.ReportError(
                    $"Variable \"${variable.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(variable.Type)}\".",
                    variable.Type);
            }

            return node is DocumentNode or OperationDefinitionNode;
        }
    }
}
