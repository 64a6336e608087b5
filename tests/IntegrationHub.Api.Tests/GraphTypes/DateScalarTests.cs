using IntegrationHub.Api.GraphTypes;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Tests.GraphTypes;

public sealed class DateScalarTests
{
    [Fact]
    public void Serialize_Day_IsFullDate()
    {
        Assert.Equal("2026-02-09", DateScalar.Instance.Serialize(new DateOnly(2026, 2, 9)));
    }

    [Fact]
    public void Serialize_DateTime_Fails()
    {
        var error = Assert.Throws<CoercionException>(() => DateScalar.Instance.Serialize(new DateTime(2026, 2, 9)));

        Assert.Contains("Date cannot represent a DateTime", error.Message);
    }

    [Fact]
    public void ParseLiteral_FullDate_IsDay()
    {
        Assert.Equal(new DateOnly(2025, 10, 1), DateScalar.Instance.ParseLiteral(Parser.ParseConstValue("\"2025-10-01\"")));
    }

    [Theory]
    [InlineData("\"2025-10-1\"")]
    [InlineData("\"01/10/2025\"")]
    [InlineData("\"2025-02-30\"")]
    [InlineData("\"2025-10-01T00:00:00Z\"")]
    [InlineData("\" 2025-10-01\"")]
    [InlineData("20251001")]
    public void ParseLiteral_NotAFullDate_Fails(string literal)
    {
        Assert.Throws<CoercionException>(() => DateScalar.Instance.ParseLiteral(Parser.ParseConstValue(literal)));
    }

    [Fact]
    public void ParseValue_NotAString_Fails()
    {
        var error = Assert.Throws<CoercionException>(() => DateScalar.Instance.ParseValue(20251001));

        Assert.Contains("yyyy-MM-dd", error.Message);
    }
}
