using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Type Existence (spec 5.5.1.2). The type condition of a named or inline fragment must name a
/// type the schema defines. The same check covers the other type references an executable document can hold,
/// the types of variable definitions, which Variables Are Input Types (spec 5.8.2) requires to be defined
/// input types; an unknown name is reported once, here, at the reference.
/// </summary>
public sealed class FragmentSpreadTypeExistenceRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is NamedTypeNode type && context.Schema.GetType(type.Name.Value) is null)
            {
                context.ReportError($"Unknown type \"{type.Name.Value}\".", type);
            }

            return true;
        }
    }
}
