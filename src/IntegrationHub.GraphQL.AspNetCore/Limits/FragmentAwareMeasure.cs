using System.Runtime.CompilerServices;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.AspNetCore.Limits;

/// <summary>Measures a selection set through the fragments it spreads, visiting each fragment once however often
/// it is spread, so that a document reusing fragments cannot make the measure exponential in its size.</summary>
/// <remarks>A fragment's measure does not depend on where it is spread: its fields are read against its own type
/// condition. The document may still be invalid when a limit rule runs (the specification's rules run in the
/// same walk), so a spread of an unknown fragment, or one that closes a cycle, measures as nothing; those errors
/// are the specification rules' to report.</remarks>
/// <typeparam name="T">What is measured, e.g. a depth or a cost.</typeparam>
internal sealed class FragmentAwareMeasure<T>(Func<string, FragmentDefinitionNode?> findFragment, T nothing)
{
    private readonly Dictionary<string, T> _measured = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    /// <summary>The measure of the fragment <paramref name="spread"/> names, computed by
    /// <paramref name="measure"/> on its selection set the first time.</summary>
    /// <exception cref="InsufficientExecutionStackException">The spreads nest too deeply to follow on this thread's
    /// stack; the rule reports that as its limit being exceeded.</exception>
    public T OfSpread(FragmentSpreadNode spread, Func<FragmentDefinitionNode, T> measure)
    {
        var name = spread.Name.Value;
        if (_measured.TryGetValue(name, out var known))
        {
            return known;
        }

        if (findFragment(name) is not { } fragment || !_inProgress.Add(name))
        {
            return nothing;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        var result = measure(fragment);
        _inProgress.Remove(name);
        _measured[name] = result;
        return result;
    }
}
