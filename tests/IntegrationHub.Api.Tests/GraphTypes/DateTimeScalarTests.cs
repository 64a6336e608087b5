using IntegrationHub.Api.GraphTypes;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Tests.GraphTypes;

public sealed class DateTimeScalarTests
{
    [Fact]
    public void Serialize_UtcInstant_IsRfc3339WithZ()
    {
        Assert.Equal("2026-02-09T03:15:00.5Z", DateTimeScalar.Instance.Serialize(new DateTime(2026, 2, 9, 3, 15, 0, 500, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void Serialize_NotUtc_Fails(DateTimeKind kind)
    {
        Assert.Throws<CoercionException>(() => DateTimeScalar.Instance.Serialize(new DateTime(2026, 2, 9, 3, 15, 0, kind)));
    }

    [Fact]
    public void ParseLiteral_BangkokOffset_IsTheUtcInstant()
    {
        var parsed = DateTimeScalar.Instance.ParseLiteral(Parser.ParseConstValue("\"2026-02-09T10:15:00+07:00\""));

        Assert.Equal(new DateTime(2026, 2, 9, 3, 15, 0, DateTimeKind.Utc), parsed);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)parsed!).Kind);
    }

    [Theory]
    [InlineData("\"2026-02-09T10:15:00\"")] // no offset: ambiguous
    [InlineData("\"2026-02-09\"")]
    [InlineData("\"2026-02-09 10:15:00Z\"")]
    [InlineData("\"2569-02-09T10:15:00Z+\"")]
    [InlineData("1770606900")]
    public void ParseLiteral_NotAnRfc3339InstantWithOffset_Fails(string literal)
    {
        Assert.Throws<CoercionException>(() => DateTimeScalar.Instance.ParseLiteral(Parser.ParseConstValue(literal)));
    }
}
