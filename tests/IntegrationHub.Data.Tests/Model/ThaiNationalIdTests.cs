using IntegrationHub.Data.Model;

namespace IntegrationHub.Data.Tests.Model;

public sealed class ThaiNationalIdTests
{
    // Check digits worked out by hand from the rule: (11 - Σ dᵢ·(14 - i) mod 11) mod 10.
    [Theory]
    [InlineData("1101700230708")]
    [InlineData("3100600445864")]
    [InlineData("1234567890121")]
    [InlineData("0000000000001")]
    public void IsValid_CorrectCheckDigit_IsTrue(string id)
    {
        Assert.True(ThaiNationalId.IsValid(id));
        Assert.Null(ThaiNationalId.Problem(id));
    }

    [Theory]
    [InlineData("1101700230707", "the last digit is not the check digit of the first twelve.")]
    [InlineData("110170023070", "it must be 13 digits, not 12 characters.")]
    [InlineData("11017002307080", "it must be 13 digits, not 14 characters.")]
    [InlineData("", "it must be 13 digits, not 0 characters.")]
    [InlineData(" 101700230708", "character 1 is not a digit 0-9.")]
    [InlineData("1-01700230708", "character 2 is not a digit 0-9.")]
    [InlineData("๑101700230708", "character 1 is not a digit 0-9.")] // Thai digit one
    [InlineData("110170023070８", "character 13 is not a digit 0-9.")] // full-width eight
    [InlineData(null, "it is missing.")]
    public void Problem_MalformedId_SaysWhatIsWrong(string? id, string problem)
    {
        Assert.Equal(problem, ThaiNationalId.Problem(id));
        Assert.False(ThaiNationalId.IsValid(id));
    }

    [Fact]
    public void CheckDigit_NotTwelveDigits_Throws()
    {
        Assert.Throws<ArgumentException>(() => ThaiNationalId.CheckDigit("12345"));
        Assert.Throws<ArgumentException>(() => ThaiNationalId.CheckDigit("12345678901x"));
    }

    [Fact]
    public void MemberNationalId_InvalidValue_IsRefusedWithoutRepeatingTheId()
    {
        var member = new Member { NationalId = "1101700230708", FirstNameTh = "ก", LastNameTh = "ข" };

        var error = Assert.Throws<ArgumentException>(() => member.NationalId = "1101700230707");

        Assert.Contains("check digit", error.Message);
        Assert.DoesNotContain("1101700230707", error.Message);
        Assert.Equal("1101700230708", member.NationalId);
    }
}
