using IntegrationHub.Api.GraphTypes;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Tests.GraphTypes;

public sealed class LongScalarTests
{
    [Theory]
    [InlineData(2_147_483_648L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Serialize_BeyondInt_IsTheNumber(long number)
    {
        Assert.Equal(number, LongScalar.Instance.Serialize(number));
    }

    [Fact]
    public void Serialize_Text_Fails()
    {
        var error = Assert.Throws<CoercionException>(() => LongScalar.Instance.Serialize("12"));

        Assert.Contains("Long cannot represent a String", error.Message);
    }

    [Theory]
    [InlineData("3000000000", 3_000_000_000L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void ParseLiteral_WholeNumber_IsIt(string literal, long expected)
    {
        Assert.Equal(expected, LongScalar.Instance.ParseLiteral(Parser.ParseConstValue(literal)));
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("1.0")]
    [InlineData("1e3")]
    [InlineData("\"3000000000\"")]
    [InlineData("true")]
    public void ParseLiteral_NotA64BitWholeNumber_Fails(string literal)
    {
        Assert.Throws<CoercionException>(() => LongScalar.Instance.ParseLiteral(Parser.ParseConstValue(literal)));
    }

    [Fact]
    public void ParseValue_VariableNumbers_AreLongs()
    {
        Assert.Equal(3_000_000_000L, LongScalar.Instance.ParseValue(3_000_000_000L));
        Assert.Equal(7L, LongScalar.Instance.ParseValue(7));
        Assert.Equal(3_000_000_000L, LongScalar.Instance.ParseValue(3e9));
    }

    // A double beyond 2^53 no longer holds every whole number: 2^53 + 1 arrives as 2^53, so it is refused rather
    // than read as another sequence than the one the client wrote.
    [Theory]
    [InlineData(1.5)]
    [InlineData(9_007_199_254_740_994d)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ParseValue_FractionOrInexactDouble_Fails(double number)
    {
        Assert.Throws<CoercionException>(() => LongScalar.Instance.ParseValue(number));
    }

    [Fact]
    public void ParseValue_String_FailsNamingIt()
    {
        var error = Assert.Throws<CoercionException>(() => LongScalar.Instance.ParseValue("3000000000"));

        Assert.Contains("the string \"3000000000\"", error.Message);
    }
}
