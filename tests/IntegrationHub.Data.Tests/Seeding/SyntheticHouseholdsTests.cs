using IntegrationHub.Data.Model;
using IntegrationHub.Data.Seeding;
using IntegrationHub.Testing;

namespace IntegrationHub.Data.Tests.Seeding;

public sealed class SyntheticHouseholdsTests
{
    [Fact]
    public void Take_SameSeed_GivesTheSameHouseholds()
    {
        var first = new SyntheticHouseholds(seed: 7).Take(40).Select(Describe).ToList();
        var again = new SyntheticHouseholds(seed: 7).Take(40).Select(Describe).ToList();
        var other = new SyntheticHouseholds(seed: 8).Take(40).Select(Describe).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    /// <summary>Pins the generator's output, so that a change to it (or to System.Random's seeded sequence) is
    /// seen in review rather than silently changing every seeded database.</summary>
    [Fact]
    public void Take_FixedSeed_MatchesSnapshot()
    {
        Snapshot.Match(string.Join('\n', new SyntheticHouseholds(seed: 1).Take(3).Select(Describe)) + "\n");
    }

    [Fact]
    public void Take_ManyHouseholds_AreValidRecords()
    {
        var households = new SyntheticHouseholds(seed: 42).Take(500).ToList();
        var villages = ReferenceData.Villages().Select(v => v.Code).ToHashSet();
        var agencies = ReferenceData.Agencies().Select(a => a.Code).ToHashSet();
        var members = households.SelectMany(h => h.Members).ToList();

        Assert.All(households, h => Assert.Contains(h.VillageCode, villages));
        Assert.All(households, h => Assert.Equal(RelationToHead.Head, h.Members[0].Relation));
        Assert.All(members, m => Assert.True(ThaiNationalId.IsValid(m.NationalId)));
        Assert.Equal(members.Count, members.Select(m => m.NationalId).Distinct().Count());
        Assert.All(members, m => Assert.Equal(decimal.Round(m.AnnualIncome, 2), m.AnnualIncome));
        Assert.All(households.SelectMany(h => h.CapitalScores), s => Assert.InRange(s.Human, 0m, 5m));
        Assert.All(households.SelectMany(h => h.Referrals), r => Assert.Contains(r.AgencyCode, agencies));
        Assert.All(households.SelectMany(h => h.Referrals), r => Assert.Equal(r.Status, r.Transitions[^1].Status));
        // Every kind of record the model has appears somewhere in a run this size.
        Assert.Contains(households, h => h.Status == HouseholdStatus.Exited);
        Assert.Contains(households, h => h.Referrals.Any(r => r.Assistance.Count > 0));
        Assert.Contains(households, h => h.Group == HouseholdGroup.Destitute);
    }

    [Fact]
    public void Take_ManyHouseholds_HaveTheProgrammesShape()
    {
        var households = new SyntheticHouseholds(seed: 42).Take(2000).ToList();

        // About 4.5 members a household, roughly three in ten destitute, some exits, and referrals in every state.
        Assert.InRange(households.Average(h => h.Members.Count), 4.2, 4.8);
        Assert.InRange(households.Count(h => h.Group == HouseholdGroup.Destitute) / 2000.0, 0.25, 0.35);
        Assert.InRange(households.Count(h => h.Status == HouseholdStatus.Exited) / 2000.0, 0.03, 0.07);
        Assert.Equal(Enum.GetValues<ReferralStatus>().Order(),
            households.SelectMany(h => h.Referrals).Select(r => r.Status).Distinct().Order());
    }

    [Fact]
    public void ReferenceData_Codes_ExtendTheirParentsCodes()
    {
        Assert.Equal(20, ReferenceData.Provinces().Count);
        Assert.All(ReferenceData.Districts(), d => Assert.Equal(d.ProvinceCode, d.Code[..2]));
        Assert.All(ReferenceData.Subdistricts(), s => Assert.Equal(s.DistrictCode, s.Code[..4]));
        Assert.All(ReferenceData.Villages(), v => Assert.Equal(v.SubdistrictCode, v.Code[..6]));
        Assert.All(ReferenceData.Villages(), v => Assert.Equal(8, v.Code.Length));
    }

    private static string Describe(Household h) =>
        $"{h.VillageCode} {h.Source} {h.Group} {h.Status} {h.VerificationStatus} {h.HouseCode} {h.Address} | " +
        string.Join("; ", h.Members.Select(m => $"{m.NationalId} {m.FirstNameTh} {m.LastNameTh} {m.BirthDate:yyyy-MM-dd} {m.Relation} {m.AnnualIncome}")) + " | " +
        string.Join("; ", h.CapitalScores.Select(s => $"r{s.Round} {s.Human}/{s.Physical}/{s.Financial}/{s.Natural}/{s.Social}")) + " | " +
        string.Join("; ", h.Referrals.Select(r => $"{r.AgencyCode} {string.Join('>', r.Transitions.Select(t => t.Status))} {r.Assistance.Sum(a => a.AmountBaht)}"));
}
