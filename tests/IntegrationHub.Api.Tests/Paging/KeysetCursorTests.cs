using System.Text;
using IntegrationHub.Api.Paging;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Tests.Paging;

public sealed class KeysetCursorTests
{
    [Fact]
    public void Decode_EncodedKey_ReturnsKey()
    {
        Assert.Equal(long.MaxValue, KeysetCursor.Decode(KeysetCursor.Encode(long.MaxValue)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    public void Decode_NotBase64_FailsNamingTheArgument(string cursor)
    {
        var error = Assert.Throws<FieldErrorException>(() => KeysetCursor.Decode(cursor));

        Assert.Equal(KeysetCursor.InvalidCursorCode, error.Code);
        Assert.Contains("Argument \"after\" has an invalid cursor", error.Message);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("before:12")]
    [InlineData("after:")]
    [InlineData("after:-3")]
    [InlineData("after:1;DROP TABLE household")]
    [InlineData("after:99999999999999999999")]
    public void Decode_ForgedCursor_Fails(string text)
    {
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

        Assert.Throws<FieldErrorException>(() => KeysetCursor.Decode(cursor));
    }
}
