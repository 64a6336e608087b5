using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Target Defined (spec 5.5.2.1). A named fragment spread must refer to a fragment defined in
/// the same document.
/// </summary>
public sealed class FragmentSpreadTargetDefinedRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
            {
                context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
            }

            return true;
        }
    }
}
