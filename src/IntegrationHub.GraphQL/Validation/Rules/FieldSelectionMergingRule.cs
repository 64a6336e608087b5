using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging (spec 5.3.2). Selections with the same response name in one selection set, found
/// directly or through fragments, are executed together, so they must be able to merge: they must return values of
/// the same shape, and when they may apply to the same object (their parent types are the same, or one is not an
/// object type) they must also be the same field with the same arguments, and their own sub-selections must merge.
/// The comparison is memoised as <see cref="FieldConflictFinder"/> describes; each conflict is reported at every
/// field involved.
/// </summary>
public sealed class FieldSelectionMergingRule : IValidationRule
{
    /// <summary>How many comparison steps the fields of one document may take before validation gives up on it
    /// with an error; real documents take a few thousand. It bounds the quadratic cases memoisation leaves,
    /// such as thousands of fields with one response name.</summary>
    public const int ComparisonBudget = 500_000;

    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly FieldConflictFinder _finder = new(context);
        private bool _budgetExceeded;

        public override bool Enter(SyntaxNode node)
        {
            if (_budgetExceeded)
            {
                return false;
            }

            if (node is not SelectionSetNode selectionSet || !NeedsCheck(selectionSet))
            {
                return true;
            }

            IReadOnlyList<FieldConflict> conflicts;
            try
            {
                conflicts = _finder.FindWithin(context.TypeInfo.ParentType, selectionSet);
            }
            catch (FieldConflictFinder.BudgetExceededException)
            {
                // One report for the document: every later selection set would exceed the budget again.
                _budgetExceeded = true;
                context.ReportError(
                    $"Validation aborted: the document's fields are too complex to check that they merge (over {ComparisonBudget} comparison steps).");
                return false;
            }

            foreach (var conflict in conflicts)
            {
                context.ReportError(
                    $"Fields \"{conflict.ResponseName}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    [.. conflict.Fields1, .. conflict.Fields2]);
            }

            return true;
        }

        // An inline fragment's fields are collected into the enclosing selection set and compared there, and a
        // set with a single field or named spread has nothing to compare (the fragment's own set is checked
        // where it is defined).
        private bool NeedsCheck(SelectionSetNode selectionSet) =>
            context.ParentNode is not InlineFragmentNode
            && (selectionSet.Selections.Count > 1 || selectionSet.Selections is [InlineFragmentNode]);
    }
}
