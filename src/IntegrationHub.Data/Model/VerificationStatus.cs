namespace IntegrationHub.Data.Model;

/// <summary>Whether the field team has confirmed the household's situation.</summary>
public enum VerificationStatus
{
    /// <summary>Not yet visited or contacted.</summary>
    Pending,

    /// <summary>Confirmed as described.</summary>
    Verified,

    /// <summary>Visited or contacted, and found not to match (moved, not poor, not found).</summary>
    Rejected,
}
