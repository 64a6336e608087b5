namespace IntegrationHub.Data.Model;

/// <summary>The single row holding the last change-feed sequence handed out.</summary>
/// <remarks>A saving transaction updates this row to reserve its sequences, which locks the row until that
/// transaction commits. So sequences are handed out in commit order on every provider: with an identity column
/// a later-numbered transaction could commit first, and a reader would skip the earlier one for ever.</remarks>
public sealed class ChangeFeedCounter
{
    /// <summary>The key of the one row.</summary>
    public const int SingletonId = 1;

    /// <summary>Always <see cref="SingletonId"/>.</summary>
    public int Id { get; set; }

    /// <summary>The last sequence handed out; 0 before the first change.</summary>
    public long LastSequence { get; set; }
}
