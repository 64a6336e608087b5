using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined (spec 5.7.1). Every directive used in the document must be defined by the schema.
/// </summary>
public sealed class DirectivesAreDefinedRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is DirectiveNode directive && context.TypeInfo.Directive is null)
            {
                context.ReportError($"Unknown directive \"@{directive.Name.Value}\".", directive);
            }

            return true;
        }
    }
}
