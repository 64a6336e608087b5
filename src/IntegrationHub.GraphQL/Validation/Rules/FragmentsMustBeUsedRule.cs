using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Fragments Must Be Used (spec 5.5.1.4). Every fragment defined must be spread, directly or through other
/// fragments, by at least one operation in the document; fragments only reachable from unused fragments are
/// unused too.
/// </summary>
public sealed class FragmentsMustBeUsedRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node) => node is DocumentNode;

        public override void Leave(SyntaxNode node)
        {
            if (node is not DocumentNode document)
            {
                return;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
            {
                used.UnionWith(context.GetRecursivelyReferencedFragments(operation).Select(fragment => fragment.Name.Value));
            }

            foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }
        }
    }
}
