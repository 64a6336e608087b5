using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Validation;

namespace IntegrationHub.GraphQL.AspNetCore.Limits;

/// <summary>Refuses an operation that selects more than <paramref name="maxRootFields"/> distinct root fields,
/// counting response keys (so <c>a a</c> is one field, <c>x: a y: a</c> two) and following fragment spreads. Each
/// root field is an independent entry point into the data.</summary>
/// <param name="maxRootFields">The most root fields allowed.</param>
public sealed class RootFieldLimitRule(int maxRootFields) : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, maxRootFields);

    private sealed class Visitor(ValidationContext context, int maxRootFields) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return true;
            }

            var keys = new HashSet<string>(StringComparer.Ordinal);
            CollectKeys(operation.SelectionSet, keys, new HashSet<string>(StringComparer.Ordinal));
            if (keys.Count > maxRootFields)
            {
                context.ReportError(LimitErrors.At(operation, GraphQLErrorCodes.MaxRootFieldsExceeded,
                    $"{LimitErrors.Describe(operation)} selects {keys.Count} root fields; the limit is {maxRootFields}."));
            }

            return false;
        }

        // Iterative, with each fragment visited once: a fragment spread twice adds the same keys twice, and a
        // cycle of spreads (the specification rules report it) must not loop.
        private void CollectKeys(SelectionSetNode root, HashSet<string> keys, HashSet<string> visitedFragments)
        {
            var pending = new Stack<SelectionSetNode>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                foreach (var selection in pending.Pop().Selections)
                {
                    switch (selection)
                    {
                        case FieldNode field:
                            keys.Add(field.ResponseKey);
                            break;
                        case InlineFragmentNode inline:
                            pending.Push(inline.SelectionSet);
                            break;
                        case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value)
                                                            && context.GetFragment(spread.Name.Value) is { } fragment:
                            pending.Push(fragment.SelectionSet);
                            break;
                    }
                }
            }
        }
    }
}
