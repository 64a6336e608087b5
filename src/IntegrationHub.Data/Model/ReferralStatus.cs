namespace IntegrationHub.Data.Model;

/// <summary>Where a referral is in its lifecycle: submitted, accepted, in progress, then assisted or declined,
/// then closed. <see cref="Referral.MoveTo"/> enforces the order.</summary>
public enum ReferralStatus
{
    /// <summary>Sent to the agency, not yet answered.</summary>
    Submitted,

    /// <summary>The agency took the case.</summary>
    Accepted,

    /// <summary>The agency is helping.</summary>
    InProgress,

    /// <summary>Help was given; assistance records say what.</summary>
    Assisted,

    /// <summary>The agency declined the case.</summary>
    Declined,

    /// <summary>Finished; no further change.</summary>
    Closed,
}
