using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Is Possible (spec 5.5.2.3). A fragment, named or inline, may only be spread where some object
/// could be both of the enclosing type and of the fragment's type condition: the two types' sets of possible
/// object types must intersect. Otherwise the fragment could never apply. One check covers the four cases the
/// spec spells out (5.5.2.3.1 to 5.5.2.3.4: object or abstract spreads in object or abstract scope).
/// </summary>
public sealed class FragmentSpreadIsPossibleRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            switch (node)
            {
                // The type information has already entered the inline fragment, so its type is the condition's.
                case InlineFragmentNode inline
                    when context.TypeInfo.Type is NamedType fragmentType && DisjointParentType(fragmentType) is { } parentType:
                    context.ReportError(
                        $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                        inline);
                    break;
                case FragmentSpreadNode spread
                    when context.GetFragment(spread.Name.Value) is { } fragment
                    && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType
                    && DisjointParentType(fragmentType) is { } parentType:
                    context.ReportError(
                        $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                        spread);
                    break;
            }

            return true;
        }

        /// <summary>The enclosing type when it and <paramref name="fragmentType"/> are both composite and share no
        /// possible object type; otherwise null.</summary>
        private NamedType? DisjointParentType(NamedType fragmentType) =>
            context.TypeInfo.ParentType is { } parentType
            && IsComposite(fragmentType)
            && !context.Schema.DoTypesOverlap(fragmentType, parentType)
                ? parentType
                : null;

        private static bool IsComposite(NamedType type) => type is ComplexType or UnionType;
    }
}
