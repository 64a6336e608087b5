using IntegrationHub.Data.Model;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests;

/// <summary>What goes in comes out the same on both providers: Thai text, exact money, days, UTC instants, and
/// enumerations stored by name.</summary>
public sealed class StorageRoundTripTests
{
    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Member_SavedAndReread_KeepsThaiTextMoneyDatesAndUtc(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        var verifiedAt = new DateTime(2026, 11, 20, 23, 59, 58, 123, DateTimeKind.Utc);
        var household = SampleData.Household();
        household.VerificationStatus = VerificationStatus.Verified;
        household.VerificationMethod = VerificationMethod.OnSite;
        household.VerifiedBy = "officer.a";
        household.VerifiedAt = verifiedAt;
        var member = SampleData.Member();
        member.FirstNameTh = "ณัฐพงษ์";
        member.LastNameTh = "ศรีสุวรรณ์";
        member.AnnualIncome = 9_999_999_999.99m;
        member.BirthDate = new DateOnly(1940, 2, 29);
        household.Members.Add(member);
        await using (var db = database.CreateContext())
        {
            db.Households.Add(household);
            await db.SaveChangesAsync();
        }

        await using var reread = database.CreateContext();
        var saved = await reread.Households.Include(h => h.Members).SingleAsync();
        var savedMember = Assert.Single(saved.Members);
        Assert.Equal(("ณัฐพงษ์", "ศรีสุวรรณ์"), (savedMember.FirstNameTh, savedMember.LastNameTh));
        Assert.Equal(9_999_999_999.99m, savedMember.AnnualIncome);
        Assert.Equal(new DateOnly(1940, 2, 29), savedMember.BirthDate);
        Assert.Equal(verifiedAt, saved.VerifiedAt);
        Assert.Equal(DateTimeKind.Utc, saved.VerifiedAt!.Value.Kind);
        Assert.Equal(DateTimeKind.Utc, saved.UpdatedAt.Kind);
        Assert.Equal((VerificationStatus.Verified, VerificationMethod.OnSite), (saved.VerificationStatus, saved.VerificationMethod));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Money_SummedInTheDatabase_IsExact(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        var household = SampleData.Household();
        // 0.10 + 0.20 is not 0.30 in binary floating point; it must be here.
        foreach (var (income, index) in new[] { 0.10m, 0.20m, 1_000_000.05m }.Select((income, index) => (income, index)))
        {
            var member = SampleData.Member(index);
            member.AnnualIncome = income;
            household.Members.Add(member);
        }

        await using var db = database.CreateContext();
        db.Households.Add(household);
        await db.SaveChangesAsync();

        Assert.Equal(1_000_000.35m, await db.Members.SumAsync(m => m.AnnualIncome));
        Assert.Equal(2, await db.Members.CountAsync(m => m.AnnualIncome < 0.25m));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Enumerations_AreStoredByName(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        await using (var db = database.CreateContext())
        {
            db.Households.Add(SampleData.Household());
            await db.SaveChangesAsync();
        }

        Assert.Equal("OpportunityLacking", await database.ScalarAsync("SELECT household_group FROM households"));
        Assert.Equal("Tpmap", await database.ScalarAsync("SELECT source FROM households"));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Households_FilteredByDistrictCodePrefix_AreThoseInItsVillages(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        await using var db = database.CreateContext();
        db.Households.AddRange(SampleData.Household(), SampleData.Household(SampleData.OtherVillageCode), SampleData.Household());
        await db.SaveChangesAsync();

        var inPhraNakhon = await db.Households.Where(h => h.VillageCode.StartsWith("1001")).CountAsync();

        Assert.Equal(2, inPhraNakhon);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Timestamp_NotUtc_IsRefusedOnSave(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        await using var db = database.CreateContext();
        var household = SampleData.Household();
        household.VerifiedAt = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Local);
        db.Households.Add(household);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());

        Assert.Contains("Timestamps are stored in UTC", error.GetBaseException().Message);
        await using var check = database.CreateContext();
        Assert.Equal(0, await check.Households.CountAsync());
    }

    private static async Task<TestDatabase> MigratedWithReferenceDataAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        await SampleData.AddReferenceDataAsync(db);
        return database;
    }
}
