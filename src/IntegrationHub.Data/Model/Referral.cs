namespace IntegrationHub.Data.Model;

/// <summary>A household (and optionally one member) referred to an agency's programme for one problem
/// dimension. Its status moves only forward, and every move is kept in <see cref="Transitions"/>.</summary>
public sealed class Referral
{
    /// <summary>The hub's key.</summary>
    public long Id { get; set; }

    /// <summary>The household referred.</summary>
    public long HouseholdId { get; set; }

    /// <summary>The member referred, when the referral is for one person.</summary>
    public long? MemberId { get; set; }

    /// <summary>The problem dimension the referral addresses.</summary>
    public ProblemDimension Dimension { get; set; }

    /// <summary>The code of the agency referred to.</summary>
    public required string AgencyCode { get; set; }

    /// <summary>The agency's programme (e.g. Baan Por Piang housing).</summary>
    public required string Programme { get; set; }

    /// <summary>The current status: the last of <see cref="Transitions"/>.</summary>
    public ReferralStatus Status { get; private set; } = ReferralStatus.Submitted;

    /// <summary>When the record was last created or changed, in UTC; set by <see cref="HubDbContext"/> on save.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>Every status the referral has had, with who and when, starting with its submission.</summary>
    public List<ReferralTransition> Transitions { get; } = [];

    /// <summary>The help given on this referral.</summary>
    public List<AssistanceRecord> Assistance { get; } = [];

    /// <summary>Starts a referral in <see cref="ReferralStatus.Submitted"/>, recording who submitted it and when.</summary>
    public static Referral Submit(long householdId, long? memberId, ProblemDimension dimension, string agencyCode,
        string programme, string by, DateTime at)
    {
        var referral = new Referral
        {
            HouseholdId = householdId,
            MemberId = memberId,
            Dimension = dimension,
            AgencyCode = agencyCode,
            Programme = programme,
        };
        referral.Transitions.Add(new ReferralTransition { Status = ReferralStatus.Submitted, ChangedBy = by, ChangedAt = at });
        return referral;
    }

    /// <summary>Moves the referral to <paramref name="status"/>, recording who and when.</summary>
    /// <exception cref="InvalidOperationException">The lifecycle does not allow that move from the current status.</exception>
    public void MoveTo(ReferralStatus status, string by, DateTime at, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (!CanMove(Status, status))
        {
            throw new InvalidOperationException(
                $"Referral {Id} cannot move from {Status} to {status}; allowed next: {string.Join(", ", NextStatuses(Status))}.");
        }

        Status = status;
        Transitions.Add(new ReferralTransition { Status = status, ChangedBy = by, ChangedAt = at, Note = note });
    }

    /// <summary>Whether the lifecycle allows moving from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(ReferralStatus from, ReferralStatus to) => NextStatuses(from).Contains(to);

    /// <summary>The statuses the lifecycle allows after <paramref name="from"/>: submitted, accepted and in
    /// progress may be declined; help ends in assisted; assisted and declined close; closed is final.</summary>
    public static IReadOnlyList<ReferralStatus> NextStatuses(ReferralStatus from) => from switch
    {
        ReferralStatus.Submitted => [ReferralStatus.Accepted, ReferralStatus.Declined],
        ReferralStatus.Accepted => [ReferralStatus.InProgress, ReferralStatus.Declined],
        ReferralStatus.InProgress => [ReferralStatus.Assisted, ReferralStatus.Declined],
        ReferralStatus.Assisted or ReferralStatus.Declined => [ReferralStatus.Closed],
        _ => [],
    };
}
