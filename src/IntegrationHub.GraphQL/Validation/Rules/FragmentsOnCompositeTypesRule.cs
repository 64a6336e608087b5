using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragments on Object, Interface or Union Types (spec 5.5.1.3). A fragment selects fields, so its type
/// condition must be a type with fields: an object, interface or union, never a scalar, enum or input object.
/// Unknown types are left to Fragment Spread Type Existence.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            switch (node)
            {
                case InlineFragmentNode { TypeCondition: { } condition } when IsNotComposite(condition):
                    context.ReportError(
                        $"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
                    break;
                case FragmentDefinitionNode fragment when IsNotComposite(fragment.TypeCondition):
                    context.ReportError(
                        $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".",
                        fragment.TypeCondition);
                    break;
            }

            return true;
        }

        private bool IsNotComposite(NamedTypeNode condition) =>
            context.Schema.GetType(condition.Name.Value) is { } type && type is not (ComplexType or UnionType);
    }
}
