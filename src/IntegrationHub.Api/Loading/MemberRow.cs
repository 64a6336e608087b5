using System.Linq.Expressions;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Loading;

/// <summary>The columns of a member that the schema can show. Queries project onto it, so that columns the schema
/// does not return (health and disability, sensitive under PDPA section 26, and income) are not read at all.</summary>
/// <param name="Id">The hub's key.</param>
/// <param name="HouseholdId">The member's household.</param>
/// <param name="NationalId">The thirteen-digit national ID.</param>
/// <param name="FirstNameTh">Given name in Thai.</param>
/// <param name="LastNameTh">Family name in Thai.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Sex">Sex as registered.</param>
/// <param name="Relation">Relation to the head of the household.</param>
/// <param name="Education">Highest level of schooling.</param>
/// <param name="InSchool">Whether in school now.</param>
/// <param name="Occupation">Main occupation, if any.</param>
public sealed record MemberRow(
    long Id,
    long HouseholdId,
    string NationalId,
    string FirstNameTh,
    string LastNameTh,
    DateOnly BirthDate,
    Sex Sex,
    RelationToHead Relation,
    EducationLevel Education,
    bool InSchool,
    string? Occupation)
{
    /// <summary>The projection, translated to SQL by EF Core.</summary>
    public static Expression<Func<Member, MemberRow>> FromEntity { get; } =
        m => new MemberRow(m.Id, m.HouseholdId, m.NationalId, m.FirstNameTh, m.LastNameTh, m.BirthDate, m.Sex, m.Relation, m.Education, m.InSchool, m.Occupation);
}
