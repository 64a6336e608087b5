using System.Runtime.CompilerServices;
using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Validation;

namespace IntegrationHub.GraphQL.AspNetCore.Limits;

/// <summary>Refuses an operation whose fields nest deeper than <paramref name="maxDepth"/>, following fragment
/// spreads. <c>{ a }</c> is 1 deep, <c>{ a { b } }</c> 2. Deep nesting is how a client walks a cyclic schema
/// (household, member, household, …) into unbounded work.</summary>
/// <param name="maxDepth">The deepest nesting allowed.</param>
public sealed class SelectionDepthRule(int maxDepth) : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, maxDepth);

    private sealed class Visitor(ValidationContext context, int maxDepth) : ValidationVisitor
    {
        private readonly FragmentAwareMeasure<int> _fragments = new(context.GetFragment, nothing: 0);

        public override bool Enter(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return true;
            }

            int depth;
            try
            {
                depth = DepthOf(operation.SelectionSet);
            }
            catch (InsufficientExecutionStackException)
            {
                depth = int.MaxValue;
            }

            if (depth > maxDepth)
            {
                var measured = depth == int.MaxValue ? "too deeply to measure" : $"{depth} levels deep";
                context.ReportError(LimitErrors.At(operation, GraphQLErrorCodes.MaxDepthExceeded,
                    $"{LimitErrors.Describe(operation)} nests fields {measured}; the limit is {maxDepth}."));
            }

            // Fragments are measured where they are spread; nothing below the operation needs a visit.
            return false;
        }

        private int DepthOf(SelectionSetNode selectionSet)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var deepest = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var depth = selection switch
                {
                    FieldNode field => 1 + (field.SelectionSet is { } children ? DepthOf(children) : 0),
                    InlineFragmentNode inline => DepthOf(inline.SelectionSet),
                    FragmentSpreadNode spread => _fragments.OfSpread(spread, fragment => DepthOf(fragment.SelectionSet)),
                    _ => 0,
                };
                deepest = Math.Max(deepest, depth);
            }

            return deepest;
        }
    }
}
