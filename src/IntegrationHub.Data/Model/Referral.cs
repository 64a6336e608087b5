namespace IntegrationHub.Data.Model;

/// <summary>A household (and optionally one member) referred to an agency's programme for one problem
/// dimension. Its status moves only forward, and every move is kept in <see cref="Transitions"/>. This class is the
/// one place of the lifecycle's rules: callers ask it to move and it refuses what the lifecycle does not allow.</summary>
public sealed class Referral
{
    /// <summary>The hub's key.</summary>
    public long Id { get; set; }

    /// <summary>The household referred.</summary>
    public long HouseholdId { get; set; }

    /// <summary>The household referred, when loaded; its village decides who may see the referral.</summary>
    public Household? Household { get; set; }

    /// <summary>The member referred, when the referral is for one person.</summary>
    public long? MemberId { get; set; }

    /// <summary>The problem dimension the referral addresses.</summary>
    public ProblemDimension Dimension { get; set; }

    /// <summary>The code of the agency referred to.</summary>
    public required string AgencyCode { get; set; }

    /// <summary>The agency's programme (e.g. Baan Por Piang housing).</summary>
    public required string Programme { get; set; }

    /// <summary>The code of the agency that made the referral; null when the hub itself or a data load did.</summary>
    public string? ReferrerAgencyCode { get; private set; }

    /// <summary>The current status: the last of <see cref="Transitions"/>.</summary>
    public ReferralStatus Status { get; private set; } = ReferralStatus.Submitted;

    /// <summary>When the record was last created or changed, in UTC; set by <see cref="HubDbContext"/> on save.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>How many times the referral has changed since it was submitted: the optimistic concurrency token.
    /// Every change below raises it, so of two writers who read the same version only the first can save.</summary>
    public int Version { get; private set; }

    /// <summary>Every status the referral has had, with who and when, starting with its submission.</summary>
    public List<ReferralTransition> Transitions { get; } = [];

    /// <summary>The help given on this referral.</summary>
    public List<AssistanceRecord> Assistance { get; } = [];

    /// <summary>Starts a referral in <see cref="ReferralStatus.Submitted"/>, recording who submitted it and when,
    /// and for which agency (<paramref name="referrerAgencyCode"/>, null when not made by an agency).</summary>
    public static Referral Submit(long householdId, long? memberId, ProblemDimension dimension, string agencyCode,
        string programme, string by, DateTime at, string? referrerAgencyCode = null)
    {
        var referral = new Referral
        {
            HouseholdId = householdId,
            MemberId = memberId,
            Dimension = dimension,
            AgencyCode = agencyCode,
            Programme = programme,
            ReferrerAgencyCode = referrerAgencyCode,
        };
        referral.Transitions.Add(new ReferralTransition { Status = ReferralStatus.Submitted, ChangedBy = by, ChangedAt = at });
        return referral;
    }

    /// <summary>Moves the referral to <paramref name="status"/>, recording who and when.</summary>
    /// <exception cref="IllegalReferralTransitionException">The lifecycle does not allow that move from the current status.</exception>
    public void MoveTo(ReferralStatus status, string by, DateTime at, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (!CanMove(Status, status))
        {
            throw new IllegalReferralTransitionException(Id, Status, status, NextStatuses(Status));
        }

        Status = status;
        Version++;
        Transitions.Add(new ReferralTransition { Status = status, ChangedBy = by, ChangedAt = at, Note = note });
    }

    /// <summary>Records help given on the referral. The first record, while the agency is helping, moves the
    /// referral to <see cref="ReferralStatus.Assisted"/>; help often comes in parts, so more may be recorded while it
    /// stays assisted, until it is closed.</summary>
    /// <exception cref="IllegalReferralTransitionException">The referral is neither in progress nor assisted.</exception>
    public AssistanceRecord RecordAssistance(DateOnly givenOn, string kind, decimal? amountBaht, string by, DateTime at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (Status != ReferralStatus.Assisted)
        {
            MoveTo(ReferralStatus.Assisted, by, at);
        }
        else
        {
            // No new status, but a change all the same: a concurrent close must not slip past it.
            Version++;
        }

        var record = new AssistanceRecord { GivenOn = givenOn, Kind = kind, AmountBaht = amountBaht };
        Assistance.Add(record);
        return record;
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
