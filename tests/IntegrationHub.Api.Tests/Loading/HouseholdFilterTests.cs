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
            ["capitalScores"] = new Dictionary<string, object?>
            {
                ["human"] = new Dictionary<string, object?> { ["min"] = 1.5 },
                ["social"] = new Dictionary<string, object?> { ["min"] = 0.0, ["max"] = 2.25 },
            },
            ["problemDimensions"] = new List<object?> { ProblemDimension.Health, ProblemDimension.Income, ProblemDimension.Health },
        });

        Assert.Equal("1001", filter.AreaCode);
        Assert.Equal(HouseholdGroup.Destitute, filter.Group);
        Assert.Equal(HouseholdStatus.Exited, filter.Status);
        Assert.Equal(VerificationStatus.Verified, filter.VerificationStatus);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), filter.UpdatedSince);
        Assert.Equal([new CapitalScoreRange(Capital.Human, 1.5m, null), new CapitalScoreRange(Capital.Social, 0m, 2.25m)], filter.CapitalScores);
        Assert.True(filter.ProblemDimensions!.SetEquals([ProblemDimension.Health, ProblemDimension.Income]));
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
        Assert.Equal("areaCode", error.Extensions!["field"]);
    }

    [Theory]
    [InlineData(-0.01, null, "capitalScores.financial.min")]
    [InlineData(null, 5.5, "capitalScores.financial.max")]
    [InlineData(double.NaN, null, "capitalScores.financial.min")]
    [InlineData(3.0, 2.0, "capitalScores.financial")]
    [InlineData(null, null, "capitalScores.financial")]
    public void From_BadScoreRange_FailsNamingTheField(double? min, double? max, string field)
    {
        var range = new Dictionary<string, object?>();
        if (min is not null)
        {
            range["min"] = min;
        }

        if (max is not null)
        {
            range["max"] = max;
        }

        var error = Assert.Throws<FieldErrorException>(() => HouseholdFilter.From(new Dictionary<string, object?>
        {
            ["capitalScores"] = new Dictionary<string, object?> { ["financial"] = range },
        }));

        Assert.Equal(HouseholdFilter.InvalidFilterCode, error.Code);
        Assert.Equal(field, error.Extensions!["field"]);
        Assert.StartsWith($"Filter field \"{field}\"", error.Message);
    }

    [Fact]
    public void From_CapitalScoresNamingNoCapital_FailsNamingTheField()
    {
        var error = Assert.Throws<FieldErrorException>(() => HouseholdFilter.From(new Dictionary<string, object?>
        {
            ["capitalScores"] = new Dictionary<string, object?>(),
        }));

        Assert.Equal("capitalScores", error.Extensions!["field"]);
    }

    [Fact]
    public void From_EmptyProblemDimensions_FailsNamingTheField()
    {
        var error = Assert.Throws<FieldErrorException>(() => HouseholdFilter.From(new Dictionary<string, object?>
        {
            ["problemDimensions"] = new List<object?>(),
        }));

        Assert.Equal(HouseholdFilter.InvalidFilterCode, error.Code);
        Assert.Equal("problemDimensions", error.Extensions!["field"]);
    }
}
