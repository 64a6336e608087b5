using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Loading;

/// <summary>The columns of a member that the schema can show. Queries fill only the members that the selected
/// fields need (<see cref="Columns"/>), so that health, disability (sensitive under PDPA section 26) and income
/// are read only when a client asks for them.</summary>
public sealed class MemberRow
{
    /// <summary>The hub's key; always read.</summary>
    public long Id { get; init; }

    /// <summary>The member's household; always read, to group members by household.</summary>
    public long HouseholdId { get; init; }

    /// <summary>The thirteen-digit national ID.</summary>
    public string? NationalId { get; init; }

    /// <summary>Given name in Thai.</summary>
    public string? FirstNameTh { get; init; }

    /// <summary>Family name in Thai.</summary>
    public string? LastNameTh { get; init; }

    /// <summary>Date of birth.</summary>
    public DateOnly BirthDate { get; init; }

    /// <summary>Sex as registered.</summary>
    public Sex Sex { get; init; }

    /// <summary>Relation to the head of the household.</summary>
    public RelationToHead Relation { get; init; }

    /// <summary>Highest level of schooling.</summary>
    public EducationLevel Education { get; init; }

    /// <summary>Whether in school now.</summary>
    public bool InSchool { get; init; }

    /// <summary>Main occupation, if any.</summary>
    public string? Occupation { get; init; }

    /// <summary>Income over the last twelve months, in baht.</summary>
    public decimal AnnualIncome { get; init; }

    /// <summary>Health, as surveyed.</summary>
    public HealthStatus Health { get; init; }

    /// <summary>Disability, as surveyed.</summary>
    public Disability Disability { get; init; }

    /// <summary>Which GraphQL field of <c>Member</c> needs which column.</summary>
    public static RowProjection<Member, MemberRow> Columns { get; } = new RowProjection<Member, MemberRow>()
        .Add(r => r.Id, m => m.Id)
        .Add(r => r.HouseholdId, m => m.HouseholdId)
        .Add(r => r.NationalId, m => m.NationalId, "nationalId")
        .Add(r => r.FirstNameTh, m => m.FirstNameTh, "firstName")
        .Add(r => r.LastNameTh, m => m.LastNameTh, "lastName")
        .Add(r => r.BirthDate, m => m.BirthDate, "birthDate", "birthYear")
        .Add(r => r.Sex, m => m.Sex, "sex")
        .Add(r => r.Relation, m => m.Relation, "relationToHead")
        .Add(r => r.Education, m => m.Education, "educationLevel")
        .Add(r => r.InSchool, m => m.InSchool, "schoolEnrolment")
        .Add(r => r.Occupation, m => m.Occupation, "occupation")
        .Add(r => r.AnnualIncome, m => m.AnnualIncome, "annualIncomeBaht")
        .Add(r => r.Health, m => m.Health, "healthCondition")
        .Add(r => r.Disability, m => m.Disability, "disability");
}
