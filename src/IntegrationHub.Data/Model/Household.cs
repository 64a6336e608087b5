namespace IntegrationHub.Data.Model;

/// <summary>A poor household (ครัวเรือน) in the programme: where it lives, how it was verified, which group it is
/// in, and whether it is still in the programme.</summary>
public sealed class Household
{
    /// <summary>The hub's key; ascending in insertion order, so it is also the keyset-paging order.</summary>
    public long Id { get; set; }

    /// <summary>Whether the record came from TPMAP or was added on by a survey.</summary>
    public HouseholdSource Source { get; set; }

    /// <summary>The household code of the provincial survey that listed the household: its natural key for
    /// <c>import</c>, so that importing the same export again updates the household rather than adding it twice.
    /// Null for households that came from elsewhere (seeding, TPMAP without a survey).</summary>
    public string? HouseholdCode { get; set; }

    /// <summary>The eleven-digit house code (รหัสประจำบ้าน) from the civil registry; null for a house without one.</summary>
    public string? HouseCode { get; set; }

    /// <summary>The address within the village: house number, lane, road.</summary>
    public required string Address { get; set; }

    /// <summary>The eight-digit code of the village the household lives in.</summary>
    public required string VillageCode { get; set; }

    /// <summary>The programme group, which decides the kind of help.</summary>
    public HouseholdGroup Group { get; set; }

    /// <summary>Active, or exited with <see cref="ExitReason"/> and <see cref="ExitedOn"/>.</summary>
    public HouseholdStatus Status { get; private set; } = HouseholdStatus.Active;

    /// <summary>Why the household left the programme; null while active.</summary>
    public string? ExitReason { get; private set; }

    /// <summary>The day the household left the programme; null while active.</summary>
    public DateOnly? ExitedOn { get; private set; }

    /// <summary>Whether the field team has confirmed the household's situation.</summary>
    public VerificationStatus VerificationStatus { get; set; } = VerificationStatus.Pending;

    /// <summary>How the household was verified; null while pending.</summary>
    public VerificationMethod? VerificationMethod { get; set; }

    /// <summary>Who verified the household (a field officer's user name); null while pending.</summary>
    public string? VerifiedBy { get; set; }

    /// <summary>When the household was verified, in UTC; null while pending.</summary>
    public DateTime? VerifiedAt { get; set; }

    /// <summary>When the record was last created or changed, in UTC; set by <see cref="HubDbContext"/> on save.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>The village the household lives in.</summary>
    public Village? Village { get; set; }

    /// <summary>The people in the household.</summary>
    public List<Member> Members { get; } = [];

    /// <summary>Livelihood-capital scores, one per survey round.</summary>
    public List<CapitalScore> CapitalScores { get; } = [];

    /// <summary>The problems recorded for the household.</summary>
    public List<HouseholdProblem> Problems { get; } = [];

    /// <summary>The household's referrals to agencies.</summary>
    public List<Referral> Referrals { get; } = [];

    /// <summary>Takes the household out of the programme (นำออก). The record stays, so that consumers of the
    /// change feed see the exit rather than a disappearance.</summary>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    /// <exception cref="InvalidOperationException">The household has already exited.</exception>
    public void Exit(string reason, DateOnly on)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status == HouseholdStatus.Exited)
        {
            throw new InvalidOperationException($"Household {Id} already exited on {ExitedOn:yyyy-MM-dd}.");
        }

        Status = HouseholdStatus.Exited;
        ExitReason = reason;
        ExitedOn = on;
    }
}
