namespace IntegrationHub.Data.Model;

/// <summary>One step of a referral's lifecycle: who moved it to which status, when.</summary>
public sealed class ReferralTransition
{
    /// <summary>The hub's key.</summary>
    public long Id { get; set; }

    /// <summary>The referral that moved.</summary>
    public long ReferralId { get; set; }

    /// <summary>The status the referral moved to.</summary>
    public ReferralStatus Status { get; set; }

    /// <summary>Who moved it (a user or client name).</summary>
    public required string ChangedBy { get; set; }

    /// <summary>When, in UTC.</summary>
    public DateTime ChangedAt { get; set; }

    /// <summary>Why, when the actor said so (a decline reason, say).</summary>
    public string? Note { get; set; }
}
