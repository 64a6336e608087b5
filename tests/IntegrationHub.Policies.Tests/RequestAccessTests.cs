namespace IntegrationHub.Policies.Tests;

/// <summary>The access context of a request over the policy set the hub ships with: which MOU serves it, and the
/// decision for each field coordinate.</summary>
public sealed class RequestAccessTests
{
    private static readonly PolicySet Policies = Load.Valid(Load.Production(TestPaths.RealPolicies));

    private static readonly DateTimeOffset Today = new(2026, 11, 21, 10, 0, 0, BangkokCalendar.Offset);

    public static TheoryData<string, string, FieldDecision, string?> EefDecisions => new()
    {
        // EEF's MOU grants household.profile, household.capitals, member.identity and member.education, and masks
        // national IDs to their last 4 digits. Written out by hand from policies/mous/eef-poor-children.yaml.
        { "Household.group", "household.profile", FieldDecision.Granted, null },
        { "Household.capitalScores", "household.capitals", FieldDecision.Granted, null },
        { "Member.firstName", "member.identity", FieldDecision.Granted, null },
        { "Member.nationalId", "member.identity", FieldDecision.Masked, "keep-last-4" },
        { "Member.schoolEnrolment", "member.education", FieldDecision.Granted, null },
        { "Household.address", "household.address", FieldDecision.Denied, null },
        { "Household.problems", "household.problems", FieldDecision.Denied, null },
        { "Member.healthCondition", "member.health", FieldDecision.Denied, null },
        { "Member.disability", "member.disability", FieldDecision.Denied, null },
        { "Member.annualIncomeBaht", "member.occupation", FieldDecision.Denied, null },
        { "Household.referrals", "referral.read", FieldDecision.Denied, null },
    };

    [Theory]
    [MemberData(nameof(EefDecisions))]
    public void Decide_EefWithAllItsScopes_FollowsItsMou(string coordinate, string scope, FieldDecision expected, string? mask)
    {
        var access = Establish("eef-cct", "education-equity-support", AllScopes);

        var decision = access.Decide(coordinate);

        Assert.Equal(expected, decision.Decision);
        Assert.Equal(mask, decision.Mask?.Notation);
        Assert.Equal(expected == FieldDecision.Denied ? scope : null, decision.MissingScope);
    }

    [Fact]
    public void Decide_CodiBirthDate_IsDeniedButTheBirthYearGranted()
    {
        // CODI needs an age band, not the date: its MOU grants member.identity (birth year) and not member.birth-date.
        var access = Establish("codi-housing", "housing-repair", AllScopes);

        Assert.Equal(new FieldAccess("Member.birthDate", FieldDecision.Denied, MissingScope: "member.birth-date"), access.Decide("Member.birthDate"));
        Assert.Equal(FieldDecision.Granted, access.Decide("Member.birthYear").Decision);
    }

    [Fact]
    public void Decide_EveryGuardedCoordinate_DeniedWithoutTheTokenScopeAndAllowedWithIt()
    {
        var withNone = Establish("eef-cct", "education-equity-support", new HashSet<string>());
        var withAll = Establish("eef-cct", "education-equity-support", AllScopes);

        foreach (var scope in Policies.Catalogue.Scopes)
        {
            foreach (var coordinate in scope.Fields)
            {
                var denied = withNone.Decide(coordinate);
                Assert.Equal((FieldDecision.Denied, scope.Name), (denied.Decision, denied.MissingScope));
                var expectedWithAll = withAll.Mou.Scopes.Contains(scope.Name) ? "allowed" : "denied";
                Assert.Equal(expectedWithAll, withAll.Decide(coordinate).Decision == FieldDecision.Denied ? "denied" : "allowed");
            }
        }
    }

    [Fact]
    public void Decide_UnguardedStructure_IsGranted()
    {
        var access = Establish("eef-cct", "education-equity-support", new HashSet<string>());

        Assert.Equal(FieldDecision.Granted, access.Decide("HouseholdConnection.pageInfo").Decision);
    }

    [Fact]
    public void Establish_TokenScopesBeyondTheMou_AreNotInEffect()
    {
        var access = Establish("eef-cct", "education-equity-support", new HashSet<string> { "member.identity", "member.health", "audit.read" });

        Assert.Equal(["member.identity"], access.Scopes);
    }

    [Theory]
    [InlineData("2026-05-15T23:59:00+07:00", AccessRefusal.NoMouInForce)] // the day before it takes effect
    [InlineData("2026-05-15T17:30:00+00:00", null)] // already 16 May in Bangkok
    [InlineData("2027-05-15T23:59:00+07:00", null)] // its last day, inclusive
    [InlineData("2027-05-15T17:30:00+00:00", AccessRefusal.NoMouInForce)] // 16 May 2027 in Bangkok: expired
    public void Establish_MouDates_FollowTheBangkokCalendar(string instant, AccessRefusal? refusal)
    {
        var (_, actual, _) = RequestAccess.Establish(Policies, new AccessClaim("eef-cct", AllScopes, "education-equity-support", DateTimeOffset.Parse(instant)));

        Assert.Equal(refusal, actual);
    }

    [Theory]
    [InlineData(null, AccessRefusal.PurposeMissing)]
    [InlineData("  ", AccessRefusal.PurposeMissing)]
    [InlineData("housing-repair", AccessRefusal.PurposeNotAllowed)]
    public void Establish_PurposeMissingOrNotTheMous_IsRefusedNamingTheAllowedOnes(string? purpose, AccessRefusal expected)
    {
        var (access, refusal, reason) = RequestAccess.Establish(Policies, new AccessClaim("eef-cct", AllScopes, purpose, Today));

        Assert.Null(access);
        Assert.Equal(expected, refusal);
        Assert.Contains("education-equity-support", reason);
    }

    [Fact]
    public void Establish_UnknownClient_IsRefused()
    {
        var (_, refusal, reason) = RequestAccess.Establish(Policies, new AccessClaim("codi-demo", AllScopes, "housing-repair", Today));

        Assert.Equal(AccessRefusal.UnknownClient, refusal);
        Assert.Contains("codi-demo", reason);
    }

    [Theory]
    [InlineData("46", true)] // Kalasin, a province of CODI's MOU
    [InlineData("460101", true)] // a subdistrict inside it
    [InlineData("4601010101", true)] // a village inside it
    [InlineData("10", false)] // Bangkok
    [InlineData("4", false)]
    public void Area_CodiMou_CoversItsProvincesOnly(string areaCode, bool covered)
    {
        var access = Establish("codi-housing", "housing-repair", AllScopes);

        Assert.Equal(covered, access.Area.Covers(areaCode));
    }

    private static IReadOnlySet<string> AllScopes => Policies.Catalogue.Scopes.Select(scope => scope.Name).ToHashSet();

    private static RequestAccess Establish(string clientId, string purpose, IReadOnlySet<string> scopes)
    {
        var (access, refusal, reason) = RequestAccess.Establish(Policies, new AccessClaim(clientId, scopes, purpose, Today));
        return access ?? throw new InvalidOperationException($"{refusal}: {reason}");
    }
}
