namespace IntegrationHub.GraphQL.Language;

/// <summary>Structural equality of syntax trees: same kinds, same values (names, literals, operation types,
/// <c>repeatable</c>), same children in the same slots. Locations are ignored, and so is whether a string was
/// written as a block string: both are presentation. This is what "parse(print(ast)) equals ast" means.</summary>
public static class SyntaxEquality
{
    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> are structurally equal. Walks
    /// iteratively, so any depth of tree is safe.</summary>
    public static bool AreEqual(SyntaxNode? left, SyntaxNode? right)
    {
        var pending = new Stack<(SyntaxNode Left, SyntaxNode Right)>();
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        pending.Push((left, right));
        while (pending.Count > 0)
        {
            var (a, b) = pending.Pop();
            if (a.Kind != b.Kind || !a.HasSameValuesAs(b))
            {
                return false;
            }

            var childrenOfA = a.GetChildren();
            var childrenOfB = b.GetChildren();
            if (childrenOfA.Count != childrenOfB.Count)
            {
                return false;
            }

            for (var i = 0; i < childrenOfA.Count; i++)
            {
                if (childrenOfA[i].Slot != childrenOfB[i].Slot || childrenOfA[i].Index != childrenOfB[i].Index)
                {
                    return false;
                }

                pending.Push((childrenOfA[i].Node, childrenOfB[i].Node));
            }
        }

        return true;
    }
}
