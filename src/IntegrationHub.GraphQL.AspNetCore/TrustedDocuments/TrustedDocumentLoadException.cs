namespace IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;

/// <summary>The trusted document folder has problems; the message lists every one, each naming its file, so an
/// operator fixes them all in one pass.</summary>
public sealed class TrustedDocumentLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="problems"/> found in <paramref name="directory"/>.</summary>
    public TrustedDocumentLoadException(string directory, IReadOnlyList<string> problems)
        : base($"The trusted documents in \"{directory}\" cannot be loaded:{Environment.NewLine}- "
            + string.Join(Environment.NewLine + "- ", problems))
    {
        Problems = problems;
    }

    /// <summary>One sentence per problem.</summary>
    public IReadOnlyList<string> Problems { get; }
}
