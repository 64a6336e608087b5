using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntegrationHub.Policies;
using IntegrationHub.Tests.Access.Table;

namespace IntegrationHub.Tests.Access;

/// <summary>Issue 8: every field coordinate a catalogue scope guards, in every access situation (granted, scope not
/// granted, record outside the MOU area, MOU expired or not yet in force, purpose missing or not allowed), gives the
/// expected value, mask or error, and the expected audit entry. The rows are generated from the catalogue, so a
/// coordinate added to a scope is in the table at once. Query and type coordinates go through the running hub
/// (<see cref="GuardedFieldTableFixture"/> makes one request per scenario); mutation coordinates are checked at the
/// decision, so that the table changes no data.</summary>
public sealed class GuardedFieldTableTests(GuardedFieldTableFixture table) : IClassFixture<GuardedFieldTableFixture>
{
    /// <summary>Coordinates the Development demo data leaves null in every record, with the reason; granted, they
    /// can only show that they come back null without an error. A row fails once the data has values, so that the
    /// entry is removed.</summary>
    private static readonly Dictionary<string, string> NullInDemoData = new(StringComparer.Ordinal)
    {
        ["Household.householdCode"] = "seeded households were listed by no provincial survey (Data.Model.Household.HouseholdCode)",
        ["Referral.referrerAgency"] = "the seed submits every referral from the survey, none from an agency (Data.Model.Referral.Submit)",
    };

    /// <summary>Every Query/type coordinate, in every scenario.</summary>
    public static TheoryData<string, AccessScenario> HttpRows => Rows(GuardedFieldTableFixture.IsCheckedOverHttp);

    /// <summary>Every Mutation coordinate, in every scenario.</summary>
    public static TheoryData<string, AccessScenario> MutationRows => Rows(coordinate => !GuardedFieldTableFixture.IsCheckedOverHttp(coordinate));

    [Theory]
    [MemberData(nameof(HttpRows))]
    public void GuardedField_ThroughTheHub_GivesTheScenariosValueErrorAndAuditEntry(string coordinate, AccessScenario scenario)
    {
        switch (scenario)
        {
            case AccessScenario.Granted:
                AssertGranted(coordinate);
                break;
            case AccessScenario.ScopeNotGranted:
                AssertScopeNotGranted(coordinate);
                break;
            case AccessScenario.OutsideArea:
                AssertOutsideArea(coordinate);
                break;
            default:
                AssertRefused(coordinate, scenario);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(MutationRows))]
    public void GuardedMutation_AtTheDecision_GivesTheScenariosDecision(string coordinate, AccessScenario scenario)
    {
        var scope = GuardedFieldTableFixture.ScopeOf(coordinate);
        var claim = new AccessClaim(
            ScenarioPolicies.ClientOf(scenario),
            table.ScenarioPolicySet.Catalogue.Scopes.Select(s => s.Name).ToHashSet(StringComparer.Ordinal),
            ScenarioPolicies.PurposeOf(scenario, scope),
            DateTimeOffset.UtcNow);

        var (access, refusal, reason) = RequestAccess.Establish(table.ScenarioPolicySet, claim);

        if (ExpectedRefusal(scenario) is { } expected)
        {
            AssertLapsedMouIsOutOfForce(scenario);
            Assert.Null(access);
            Assert.True(expected == refusal, $"Expected {expected}, got {refusal}: {reason}");
            return;
        }

        Assert.NotNull(access);
        var decision = access.Decide(coordinate);
        if (scenario == AccessScenario.ScopeNotGranted)
        {
            Assert.Equal(FieldDecision.Denied, decision.Decision);
            Assert.Equal(scope, decision.MissingScope);
        }
        else
        {
            // The area limits which records exist for the request, never which fields it may use.
            Assert.Equal(FieldDecision.Granted, decision.Decision);
        }
    }

    private void AssertGranted(string coordinate)
    {
        var response = table.ResponseFor(AccessScenario.Granted, coordinate);
        var path = table.Paths.Find(coordinate, withheldScope: null);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var errors = response.ErrorsAt(path).ToList();
        Assert.True(errors.Count == 0, $"{coordinate} is granted, yet {errors.Count} error(s) were raised at it, the first: {errors.FirstOrDefault()}");

        var values = response.ValuesOf(path);
        var present = values.Where(value => value.ValueKind != JsonValueKind.Null).ToList();
        Assert.NotEmpty(values);
        if (NullInDemoData.TryGetValue(coordinate, out var whyNull))
        {
            Assert.True(present.Count == 0, $"{coordinate} now has values in the demo data; remove it from {nameof(NullInDemoData)} ({whyNull}).");
        }
        else
        {
            Assert.True(present.Count > 0, $"{coordinate} is granted, yet none of its {values.Count} value(s) through {path} is present.");
        }
        var mask = ScenarioMou(AccessScenario.Granted).MaskFor(coordinate);
        if (mask is not null)
        {
            Assert.All(present, value => Assert.Matches(ShapeOf(mask), value.GetString()));
        }

        var audited = table.AuditFor(AccessScenario.Granted, coordinate);
        Assert.Equal(response.Errors.Count == 0 ? "success" : "partial", audited.Outcome);
        Assert.Equal(ScenarioMou(AccessScenario.Granted).Id, audited.MouId);
        Assert.Contains(table.Samples.HouseholdId, audited.Households);
        var field = AuditedField(audited, coordinate);
        Assert.Equal(mask is null ? "GRANTED" : "MASKED", field.Decision);
        Assert.Equal(present.Count, field.ValueCount);
    }

    private void AssertScopeNotGranted(string coordinate)
    {
        var scope = GuardedFieldTableFixture.ScopeOf(coordinate);
        var response = table.ResponseFor(AccessScenario.ScopeNotGranted, coordinate);
        var path = table.Paths.Find(coordinate, scope);
        Assert.Equal(HttpStatusCode.OK, response.Status);

        // Where the schema offers no way around the scope (CapitalScores.human lies under Household.capitalScores,
        // of the same scope), the first field of the scope on the path is refused, and nothing below it is read.
        var refusedAt = path.Steps.ToList().FindIndex(step => GuardedFieldTableFixture.ScopeOf(step.Coordinate, orNull: true) == scope);
        var refused = path.Steps[refusedAt];
        var forbidden = response.ErrorsWithCode("FORBIDDEN_FIELD")
            .Where(error => ScenarioResponse.Extension(error, "coordinate") == refused.Coordinate)
            .ToList();
        Assert.True(forbidden.Count > 0, $"No FORBIDDEN_FIELD error names {refused.Coordinate} (on the way to {coordinate} through {path}): {ErrorsOf(response)}");
        Assert.All(forbidden, error => Assert.Equal(scope, ScenarioResponse.Extension(error, "scope")));
        var refusedValues = response.ValuesOf(path.Prefix(refusedAt));
        Assert.NotEmpty(refusedValues);
        Assert.All(refusedValues, value => Assert.Equal(JsonValueKind.Null, value.ValueKind));
        Assert.All(response.ValuesOf(path), value => Assert.Equal(JsonValueKind.Null, value.ValueKind));

        var audited = table.AuditFor(AccessScenario.ScopeNotGranted, coordinate);
        Assert.Equal("partial", audited.Outcome);
        Assert.Equal(ScenarioMou(AccessScenario.ScopeNotGranted, scope).Id, audited.MouId);
        var field = AuditedField(audited, coordinate);
        Assert.Equal("DENIED", field.Decision);
        Assert.Equal(0, field.ValueCount);
    }

    private void AssertOutsideArea(string coordinate)
    {
        var response = table.ResponseFor(AccessScenario.OutsideArea, coordinate);
        var path = table.Paths.Find(coordinate, withheldScope: null);
        Assert.Equal(HttpStatusCode.OK, response.Status);

        // The sample records are in another province: for this client they do not exist, so no id of theirs and
        // no area code outside the MOU's province appears anywhere in the answer.
        foreach (var id in table.Samples.Ids)
        {
            Assert.DoesNotContain(id, response.Text, StringComparison.Ordinal);
        }

        Assert.All(Regex.Matches(response.Text, "\"areaCode\":\"(\\d*)\"").Select(match => match.Groups[1].Value),
            areaCode => Assert.StartsWith(ScenarioPolicies.OutsideAreaProvince, areaCode, StringComparison.Ordinal));

        var root = path.Prefix(0);
        var values = response.ValuesOf(path);
        if (root.Target.Arguments.Contains("areaCode:", StringComparison.Ordinal))
        {
            // Statistics of an area outside the MOU's are refused by name, not answered with empty counts.
            var error = Assert.Single(response.ErrorsAt(root));
            Assert.Contains($"\"{ScenarioPolicies.SampleProvince}\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.All(values, value => Assert.Equal(JsonValueKind.Null, value.ValueKind));
        }
        else if (table.Samples.IdOf(root.Target.Field.Type.Unwrapped.Name) is not null)
        {
            // Looked up by id, a record outside the area is null, without an error that would confirm it exists.
            Assert.Empty(response.ErrorsAt(root));
            Assert.Equal(JsonValueKind.Null, Assert.Single(response.ValuesOf(root)).ValueKind);
        }
        else
        {
            Assert.Empty(response.ErrorsAt(path));
            var wholeCountry = table.ResponseFor(AccessScenario.Granted, coordinate).ValuesOf(path).Count;
            Assert.True(wholeCountry <= 1 || values.Count < wholeCountry,
                $"{coordinate} gave {values.Count} value(s) in one province and {wholeCountry} in the whole country: lists must leave out records outside the area.");
        }

        var audited = table.AuditFor(AccessScenario.OutsideArea, coordinate);
        Assert.Equal(ScenarioMou(AccessScenario.OutsideArea).Id, audited.MouId);
        Assert.Equal(response.Errors.Count == 0 ? "success" : "partial", audited.Outcome);
        Assert.DoesNotContain(table.Samples.HouseholdId, audited.Households);
        Assert.Equal("GRANTED", AuditedField(audited, coordinate).Decision);
    }

    private void AssertRefused(string coordinate, AccessScenario scenario)
    {
        var response = table.ResponseFor(scenario, coordinate);
        var expected = ExpectedRefusal(scenario)!.Value;
        AssertLapsedMouIsOutOfForce(scenario);
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.False(response.HasData, $"A refused request must carry no data: {response.Text}");
        var error = Assert.Single(response.Errors);
        Assert.Equal("ACCESS_DENIED", ScenarioResponse.Extension(error, "code"));
        Assert.Contains($"({expected})", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        // The request selected the coordinate, and the refusal is in the trail: who tried, with which purpose, and
        // that nothing was decided or returned, because no MOU applied.
        var audited = table.AuditFor(scenario, coordinate);
        Assert.Equal("rejected", audited.Outcome);
        Assert.Null(audited.MouId);
        Assert.Equal(ScenarioPolicies.PurposeOf(scenario), audited.Purpose);
        Assert.Empty(audited.Fields);
        Assert.Empty(audited.Households);
    }

    /// <summary>How the hub refuses the whole request in <paramref name="scenario"/>, or null when it serves it.
    /// An MOU out of force for the declared purpose leaves that purpose allowed by no MOU in force.</summary>
    private static AccessRefusal? ExpectedRefusal(AccessScenario scenario) => scenario switch
    {
        AccessScenario.MouExpired or AccessScenario.MouNotYetInForce or AccessScenario.PurposeNotAllowed => AccessRefusal.PurposeNotAllowed,
        AccessScenario.PurposeMissing => AccessRefusal.PurposeMissing,
        _ => null,
    };

    /// <summary>For the expired and not-yet scenarios: the agency does have an MOU for the declared purpose, and
    /// today (Asia/Bangkok) is after its last day or before its first, so the refusal is the dates' doing.</summary>
    private void AssertLapsedMouIsOutOfForce(AccessScenario scenario)
    {
        var today = BangkokCalendar.DateOf(DateTimeOffset.UtcNow);
        if (scenario == AccessScenario.MouExpired)
        {
            Assert.True(ScenarioMou(scenario).EffectiveTo < today, "The expired scenario's MOU must have ended.");
        }
        else if (scenario == AccessScenario.MouNotYetInForce)
        {
            Assert.True(ScenarioMou(scenario).EffectiveFrom > today, "The not-yet scenario's MOU must start later.");
        }
    }

    /// <summary>The MOU a request of <paramref name="scenario"/> is served under (or, when refused, the agency's
    /// MOU for the declared purpose).</summary>
    private Mou ScenarioMou(AccessScenario scenario, string? withheldScope = null)
    {
        var purpose = ScenarioPolicies.PurposeOf(scenario, withheldScope);
        var agency = table.ScenarioPolicySet.FindClient(ScenarioPolicies.ClientOf(scenario))!.AgencyCode;
        return table.ScenarioPolicySet.Mous.Single(mou => mou.Grantee == agency && mou.Purposes.Contains(purpose));
    }

    private static AuditedFieldEntry AuditedField(AuditedRequest audited, string coordinate) =>
        audited.FieldFor(coordinate)
        ?? throw new Xunit.Sdk.XunitException($"Audit event {audited.Sequence} has no entry for {coordinate}: {string.Join(", ", audited.Fields.Select(f => f.Coordinate))}");

    /// <summary>The shape a masked value must have: the hidden part is stars, the kept part is not.</summary>
    private static string ShapeOf(FieldMask mask) => mask.Kind == MaskKind.KeepLast
        ? $"^\\*+[^*]{{{mask.Count}}}$"
        : $"^[^*]{{{mask.Count}}}\\*+$";

    private static string ErrorsOf(ScenarioResponse response) =>
        response.Errors.Count == 0 ? "no errors" : string.Join("; ", response.Errors.Select(error => error.GetRawText()));

    private static TheoryData<string, AccessScenario> Rows(Func<string, bool> include)
    {
        var rows = new TheoryData<string, AccessScenario>();
        foreach (var coordinate in GuardedFieldTableFixture.GuardedCoordinates.Where(include))
        {
            foreach (var scenario in Enum.GetValues<AccessScenario>())
            {
                rows.Add(coordinate, scenario);
            }
        }

        return rows;
    }
}
