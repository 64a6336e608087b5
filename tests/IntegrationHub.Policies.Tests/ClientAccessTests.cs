namespace IntegrationHub.Policies.Tests;

/// <summary>The queries later code asks of a set, on the Valid fixture: MOU-TEST-001 grants codi-housing
/// household.profile and member.identity for housing-repair from 2026-01-01 to 2026-12-31 (Bangkok dates).</summary>
public sealed class ClientAccessTests
{
    private static readonly PolicySet Set = Load.Valid(Load.Production(TestPaths.Fixture("Valid")));

    [Theory]
    [InlineData("2025-12-31T16:59:59Z", false)]   // 23:59:59 on 31 December in Bangkok: the day before
    [InlineData("2025-12-31T17:00:00Z", true)]    // midnight of 1 January in Bangkok: the first day
    [InlineData("2026-12-31T16:59:59Z", true)]    // the last second of the last day, inclusive
    [InlineData("2026-12-31T17:00:00Z", false)]   // 1 January 2027 in Bangkok
    public void AccessFor_InstantAroundEffectiveDates_JudgesByTheBangkokDateInclusive(string instant, bool inForce)
    {
        var access = Set.AccessFor("codi-housing", DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture))!;

        Assert.Equal(inForce, access.MousInForce.Any(mou => mou.Id == "MOU-TEST-001"));
    }

    [Fact]
    public void AccessFor_UnknownClient_IsNull() => Assert.Null(Set.AccessFor("nobody", DateTimeOffset.UtcNow));

    [Fact]
    public void AccessFor_ClientWithoutMouInForce_IsEmpty()
    {
        var access = Set.AccessFor("codi-housing", new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero))!;

        Assert.True(access.IsEmpty);
        Assert.Empty(access.Scopes);
        Assert.Null(access.AccessEnds);
    }

    [Fact]
    public void AccessFor_MouInForce_GivesAgencyScopesPurposesAreaAndEnd()
    {
        var access = Set.AccessFor("codi-housing", new DateTimeOffset(2026, 6, 1, 3, 0, 0, TimeSpan.Zero))!;

        Assert.Equal("codi", access.Agency.Code);
        Assert.Equal(new DateOnly(2026, 6, 1), access.Date);
        Assert.Equal(["household.profile", "member.identity"], access.Scopes);
        Assert.Equal(["housing-repair"], access.Purposes);
        Assert.Equal(new DateOnly(2026, 12, 31), access.AccessEnds);
        var mou = Assert.Single(access.MousInForce);
        Assert.Equal(["46"], mou.Area.Provinces);
        Assert.Equal(new RateLimit(100, TimeSpan.FromMinutes(1)), mou.RateLimit);
    }

    [Fact]
    public void MouFor_DeclaredPurpose_IsTheMouThatAllowsItOrNull()
    {
        var access = Set.AccessFor("codi-housing", new DateTimeOffset(2026, 6, 1, 3, 0, 0, TimeSpan.Zero))!;

        Assert.Equal("MOU-TEST-001", access.MouFor("housing-repair")?.Id);
        Assert.Null(access.MouFor("health-assistance"));
    }

    [Fact]
    public void FieldsGrantedBy_Mou_ListsEachOpenedFieldWithItsScopeAndMask()
    {
        var access = Set.AccessFor("codi-housing", new DateTimeOffset(2026, 6, 1, 3, 0, 0, TimeSpan.Zero))!;

        var fields = access.FieldsGrantedBy(access.MousInForce[0]);

        Assert.Equal(
            ["Household.householdCode", "Household.members", "Member.birthDate", "Member.firstName", "Member.nationalId"],
            fields.Select(field => field.Coordinate));
        Assert.Equal("keep-last-4", fields.Single(field => field.Coordinate == "Member.nationalId").Mask?.Notation);
        Assert.All(fields.Where(field => field.Coordinate != "Member.nationalId"), field => Assert.Null(field.Mask));
        Assert.DoesNotContain(fields, field => field.Coordinate == "Member.healthCondition");
    }

    [Theory]
    [InlineData("Member.healthCondition", "member.health")]
    [InlineData("Household.members", "household.profile")]
    [InlineData("Member.shoeSize", null)]
    public void ScopeGuarding_Coordinate_IsItsOneScopeOrNull(string coordinate, string? scope) =>
        Assert.Equal(scope, Set.Catalogue.ScopeGuarding(coordinate)?.Name);

    [Fact]
    public void Client_VerifySecret_ChecksAgainstTheStoredHashOnlyForSecretClients()
    {
        Assert.False(Set.FindClient("codi-housing")!.VerifySecret("a guess"));
        Assert.False(Set.FindClient("ptt-health")!.VerifySecret("a guess"));
        Assert.Equal(ClientAuthenticationMethod.PrivateKeyJwt, Set.FindClient("ptt-health")!.Authentication);
    }

    [Fact]
    public void PublicKey_PrivateKeyJwtClient_IsJwkJsonWithItsKid()
    {
        var key = Assert.Single(Set.FindClient("ptt-health")!.PublicKeys);

        Assert.Equal("ptt-1", key.KeyId);
        Assert.Equal("EC", key.KeyType);
        using var json = System.Text.Json.JsonDocument.Parse(key.Json);
        Assert.Equal("P-256", json.RootElement.GetProperty("crv").GetString());
        Assert.False(json.RootElement.TryGetProperty("d", out _));
    }
}
