using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique per Location (spec 5.7.3). A directive may be applied at most once to the same node
/// unless its definition is <c>repeatable</c>. Unknown directives are left to Directives Are Defined.
/// </summary>
public sealed class DirectivesAreUniquePerLocationRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            var directives = node switch
            {
                OperationDefinitionNode operation => operation.Directives,
                SelectionNode selection => selection.Directives,
                FragmentDefinitionNode fragment => fragment.Directives,
                VariableDefinitionNode variable => variable.Directives,
                _ => [],
            };
            if (directives.Count > 1)
            {
                var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                foreach (var directive in directives)
                {
                    var name = directive.Name.Value;
                    if (context.Schema.GetDirective(name) is { IsRepeatable: false } && !seen.TryAdd(name, directive))
                    {
                        context.ReportError(
                            $"The directive \"@{name}\" can only be used once at this location.", seen[name], directive);
                    }
                }
            }

            return true;
        }
    }
}
