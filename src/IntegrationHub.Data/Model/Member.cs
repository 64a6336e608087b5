namespace IntegrationHub.Data.Model;

/// <summary>A person in a household (สมาชิก).</summary>
public sealed class Member
{
    /// <summary>The hub's key.</summary>
    public long Id { get; set; }

    /// <summary>The household the member belongs to.</summary>
    public long HouseholdId { get; set; }

    /// <summary>The thirteen-digit national ID; a write with a bad length, a non-digit or a wrong check digit
    /// is refused (see <see cref="ThaiNationalId"/>).</summary>
    public required string NationalId
    {
        get;
        set => field = ThaiNationalId.Problem(value) is { } problem
            ? throw new ArgumentException($"Member national ID is not valid: {problem}", nameof(NationalId))
            : value;
    }

    /// <summary>Given name in Thai.</summary>
    public required string FirstNameTh { get; set; }

    /// <summary>Family name in Thai.</summary>
    public required string LastNameTh { get; set; }

    /// <summary>Date of birth; ages are computed from it at query time.</summary>
    public DateOnly BirthDate { get; set; }

    /// <summary>Sex as recorded in the civil registry.</summary>
    public Sex Sex { get; set; }

    /// <summary>Relation to the head of the household.</summary>
    public RelationToHead Relation { get; set; }

    /// <summary>The highest level of schooling completed or attended.</summary>
    public EducationLevel Education { get; set; }

    /// <summary>Whether the member is in school now.</summary>
    public bool InSchool { get; set; }

    /// <summary>Health, as surveyed. Sensitive (PDPA section 26).</summary>
    public HealthStatus Health { get; set; }

    /// <summary>Disability, as surveyed. Sensitive (PDPA section 26).</summary>
    public Disability Disability { get; set; }

    /// <summary>Main occupation in the member's words; null when none.</summary>
    public string? Occupation { get; set; }

    /// <summary>Income over the last twelve months, in baht (two decimals, stored exactly).</summary>
    public decimal AnnualIncome { get; set; }

    /// <summary>Whether the member holds the state welfare card (บัตรสวัสดิการแห่งรัฐ).</summary>
    public bool HoldsWelfareCard { get; set; }

    /// <summary>When the record was last created or changed, in UTC; set by <see cref="HubDbContext"/> on save.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>The household the member belongs to.</summary>
    public Household? Household { get; set; }
}
