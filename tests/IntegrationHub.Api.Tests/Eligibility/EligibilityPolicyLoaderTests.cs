using IntegrationHub.Api.Eligibility;

namespace IntegrationHub.Api.Tests.Eligibility;

public sealed class EligibilityPolicyLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eligibility-policies-").FullName;

    public EligibilityPolicyLoaderTests()
    {
        foreach (var file in Directory.GetFiles(PolicyFolder.Eligibility, "*.yaml"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void Load_RepositoryFiles_ReadsThresholdsDatesAndSources()
    {
        var policies = EligibilityPolicyLoader.Load(PolicyFolder.Eligibility);

        Assert.Equal(18, policies.WelfareCard.MinimumAge);
        Assert.Equal(100_000m, policies.WelfareCard.MaximumAnnualIncome);
        Assert.Equal(new DateOnly(2022, 9, 5), policies.WelfareCard.Policy.EffectiveFrom);
        Assert.Equal(3, policies.Eef.MinimumAge);
        Assert.Equal(18, policies.Eef.MaximumAge);
        Assert.Equal(3_000m, policies.Eef.MaximumMonthlyIncomePerPerson);
        Assert.Equal(["welfare-card", "eef", "codi-housing", "poh-teck-tung"],
            [policies.WelfareCard.Policy.List, policies.Eef.Policy.List, policies.CodiHousing.List, policies.PohTeckTung.List]);
        Assert.All([policies.WelfareCard.Policy, policies.Eef.Policy, policies.CodiHousing, policies.PohTeckTung], policy =>
        {
            Assert.False(string.IsNullOrWhiteSpace(policy.Source.Publisher));
            Assert.False(string.IsNullOrWhiteSpace(policy.Source.Title));
            Assert.False(string.IsNullOrWhiteSpace(policy.Source.Note));
        });
    }

    [Fact]
    public void Load_MissingFile_FailsNamingTheFile()
    {
        File.Delete(Path.Combine(_folder, "eef.yaml"));

        var error = Assert.Throws<EligibilityPolicyException>(() => EligibilityPolicyLoader.Load(_folder));

        Assert.Equal(Path.Combine(_folder, "eef.yaml"), error.File);
        Assert.Contains("missing", error.Message);
    }

    [Fact]
    public void Load_MonthlyUnitWhereYearlyExpected_FailsNamingTheField()
    {
        Replace("welfare-card.yaml", "unit: baht per person per year", "unit: baht per person per month");

        var error = Assert.Throws<EligibilityPolicyException>(() => EligibilityPolicyLoader.Load(_folder));

        Assert.Equal("thresholds.maximum-annual-income.unit", error.Field);
        Assert.EndsWith("welfare-card.yaml", error.File);
        Assert.Contains("\"baht per person per year\"", error.Message);
    }

    [Theory]
    [InlineData("value: 3000", "value: -3000")]
    [InlineData("value: 3000", "value: 3,000")]
    [InlineData("value: 3000", "value: 0")]
    [InlineData("value: 3000", "value: ''")]
    public void Load_AmountNotPositiveNumber_FailsNamingTheField(string original, string replacement)
    {
        Replace("eef.yaml", original, replacement);

        var error = Assert.Throws<EligibilityPolicyException>(() => EligibilityPolicyLoader.Load(_folder));

        Assert.Equal("thresholds.maximum-monthly-income-per-person.value", error.Field);
        Assert.EndsWith("eef.yaml", error.File);
    }

    [Fact]
    public void Load_AgeNotWholeNumber_FailsNamingTheField()
    {
        Replace("welfare-card.yaml", "value: 18", "value: 17.5");

        var error = Assert.Throws<EligibilityPolicyException>(() => EligibilityPolicyLoader.Load(_folder));

        Assert.Equal("thresholds.minimum-age.value", error.Field);
    }

    [Fact]
    public void Load_MaximumAgeBelowMinimum_Fails()
    {
        Replace("eef.yaml", "value: 18", "value: 2");

        var error = Assert.Throws<EligibilityPolicyException>(() => EligibilityPolicyLoader.Load(_folder));

        Assert.Equal("thresholds.maximum-age.value", error.Field);
        Assert.Contains("below the minimum age 3", error.Message);
    }

    [Theory]
    [InlineData("2565-09-05")]
    [InlineData("5 September 2022")]
    public void Load_EffectiveDateNotGregorianIso_FailsNamingTheField(string date)
    {
        Replace("welfare-card.yaml", "effective-from: 2022-09-05", $"effective-from: {date}");

        var error = Assert.Throws<EligibilityPolicyException>(() => EligibilityPolicyLoader.Load(_folder));

        Assert.Equal("effective-from", error.Field);
        Assert.Contains("Buddhist Era", error.Message);
    }

    [Fact]
    public void Load_ListNameOfAnotherFile_Fails()
    {
        Replace("codi-housing.yaml", "list: codi-housing", "list: poh-teck-tung");

        var error = Assert.Throws<EligibilityPolicyException>(() => EligibilityPolicyLoader.Load(_folder));

        Assert.Equal("list", error.Field);
        Assert.EndsWith("codi-housing.yaml", error.File);
    }

    [Fact]
    public void Load_SourceWithoutPublisher_FailsNamingTheField()
    {
        Replace("poh-teck-tung.yaml", "  publisher: Poh Teck Tung Foundation (มูลนิธิป่อเต็กตึ๊ง)\n", "");

        var error = Assert.Throws<EligibilityPolicyException>(() => EligibilityPolicyLoader.Load(_folder));

        Assert.Equal("source.publisher", error.Field);
    }

    [Fact]
    public void Load_NotYaml_FailsNamingTheFileAndLine()
    {
        File.WriteAllText(Path.Combine(_folder, "eef.yaml"), "list: eef\nthresholds: [unclosed\n");

        var error = Assert.Throws<EligibilityPolicyException>(() => EligibilityPolicyLoader.Load(_folder));

        Assert.EndsWith("eef.yaml", error.File);
        Assert.Contains("not valid YAML", error.Message);
        Assert.Matches(@"eef\.yaml line \d+:", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Replace(string file, string original, string replacement)
    {
        var path = Path.Combine(_folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(original, text);
        File.WriteAllText(path, text.Replace(original, replacement));
    }
}
