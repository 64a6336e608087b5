using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Lone Anonymous Operation (spec 5.2.3.1). An operation without a name, such as the query shorthand, can only
/// be picked for execution when it is the document's only operation; next to any other operation it is an
/// error.
/// </summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private int _operationCount;

        public override bool Enter(SyntaxNode node)
        {
            switch (node)
            {
                case DocumentNode document:
                    _operationCount = document.Definitions.Count(definition => definition is OperationDefinitionNode);
                    return true;
                case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                    context.ReportError("This anonymous operation must be the only defined operation.", operation);
                    break;
            }

            return false;
        }
    }
}
