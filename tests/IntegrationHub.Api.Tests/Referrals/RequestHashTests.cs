using IntegrationHub.Api.Referrals;
using IntegrationHub.Data.Model;

namespace IntegrationHub.Api.Tests.Referrals;

public sealed class RequestHashTests
{
    private static readonly Dictionary<string, object?> Input = new()
    {
        ["referralId"] = "UmVmZXJyYWw6MQ==",
        ["givenOn"] = new DateOnly(2026, 10, 20),
        ["kind"] = "cash grant",
        ["amountBaht"] = 1500.5,
    };

    [Fact]
    public void Of_FieldsInAnotherOrderOrAnAbsentFieldAsNull_IsTheSame()
    {
        var reordered = Input.Reverse().ToDictionary(p => p.Key, p => p.Value);
        reordered["note"] = null;

        Assert.Equal(RequestHash.Of("recordAssistance", Input), RequestHash.Of("recordAssistance", reordered));
    }

    [Fact]
    public void Of_AnotherValueOrMutation_Differs()
    {
        var cheaper = new Dictionary<string, object?>(Input) { ["amountBaht"] = 1500.0 };

        Assert.NotEqual(RequestHash.Of("recordAssistance", Input), RequestHash.Of("recordAssistance", cheaper));
        Assert.NotEqual(RequestHash.Of("recordAssistance", Input), RequestHash.Of("createReferral", Input));
    }

    [Fact]
    public void Of_AStringThatLooksLikeAnotherField_CannotCollide()
    {
        // JSON escaping keeps field boundaries: a value holding quotes and a colon is one string, not two fields.
        var forged = new Dictionary<string, object?> { ["kind"] = "a\",\"amountBaht\":1" };
        var honest = new Dictionary<string, object?> { ["kind"] = "a", ["amountBaht"] = 1 };

        Assert.NotEqual(RequestHash.Of("recordAssistance", forged), RequestHash.Of("recordAssistance", honest));
    }

    [Fact]
    public void Of_EnumsAndDates_UseTheirInvariantNames()
    {
        var hash = RequestHash.Of("createReferral", new Dictionary<string, object?> { ["dimension"] = ProblemDimension.Health, ["on"] = new DateOnly(2026, 1, 2) });

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, RequestHash.Of("createReferral", new Dictionary<string, object?> { ["on"] = new DateOnly(2026, 1, 2), ["dimension"] = ProblemDimension.Health }));
    }
}
