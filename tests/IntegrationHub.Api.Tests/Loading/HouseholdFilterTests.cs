using IntegrationHub.Api.Loading;
using IntegrationHub.Data.Model;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Tests.Loading;

public sealed class HouseholdFilterTests
{
    [Fact]
    public void From_Null_FiltersNothing()
    {
        Assert.Same(HouseholdFilter.None, HouseholdFilter.From(null));
    }

    [Fact]
    public void From_EveryCondition_ReadsEach()
    {
        var filter = HouseholdFilter.From(new Dictionary<string, object?>
        {
            ["areaCode"] = "1001",
            ["group"] = HouseholdGroup.Destitute,
            ["status"] = HouseholdStatus.Exited,
            ["verificationStatus"] = VerificationStatus.Verified,
            ["updatedSince"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        });

        Assert.Equal(
            new HouseholdFilter("1001", HouseholdGroup.Destitute, HouseholdStatus.Exited, VerificationStatus.Verified, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            filter);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("100")]
    [InlineData("100101011")]
    [InlineData("10%")]
    [InlineData("10_1")]
    [InlineData("๑๐")] // Thai digits: not an official code
    public void From_BadAreaCode_FailsNamingTheField(string areaCode)
    {
        var error = Assert.Throws<FieldErrorException>(() => HouseholdFilter.From(new Dictionary<string, object?> { ["areaCode"] = areaCode }));

        Assert.Equal(HouseholdFilter.InvalidFilterCode, error.Code);
        Assert.Contains($"Filter field \"areaCode\" is \"{areaCode}\"", error.Message);
    }
}
