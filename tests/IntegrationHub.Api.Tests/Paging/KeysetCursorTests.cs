using System.Buffers.Text;
using System.Text;
using IntegrationHub.Api.Paging;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Tests.Paging;

public sealed class KeysetCursorTests
{
    private const string Ordering = "UPDATED_AT DESC,ID DESC";

    [Fact]
    public void Decode_EncodedCursor_ReturnsOrderingKeysAndId()
    {
        var cursor = new KeysetCursor(Ordering, ["2026-01-10T09:00:00.0000000Z"], long.MaxValue);

        var decoded = KeysetCursor.Decode(cursor.Encode(), Ordering, keyCount: 1);

        Assert.Equal(Ordering, decoded.Ordering);
        Assert.Equal(["2026-01-10T09:00:00.0000000Z"], decoded.Keys);
        Assert.Equal(long.MaxValue, decoded.Id);
    }

    [Fact]
    public void Decode_KeyWithSeparatorsAndThai_RoundTrips()
    {
        var cursor = new KeysetCursor("HOUSEHOLD_CODE ASC,ID ASC", ["KSN-01;\"x\",ครัว"], 7);

        Assert.Equal(["KSN-01;\"x\",ครัว"], KeysetCursor.Decode(cursor.Encode(), "HOUSEHOLD_CODE ASC,ID ASC", 1).Keys);
    }

    [Fact]
    public void Decode_CursorOfAnotherOrdering_FailsAsOrderMismatchNamingBoth()
    {
        var cursor = new KeysetCursor("AREA_CODE ASC,ID ASC", ["10010101"], 3).Encode();

        var error = Assert.Throws<FieldErrorException>(() => KeysetCursor.Decode(cursor, Ordering, 1));

        Assert.Equal(KeysetCursor.CursorOrderMismatchCode, error.Code);
        Assert.Contains("(\"AREA_CODE ASC,ID ASC\")", error.Message);
        Assert.Contains($"(\"{Ordering}\")", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("J09SIDE9MQ==")] // base64 of "after:1", the format before orderings
    public void Decode_NotACursor_FailsNamingTheArgument(string cursor)
    {
        var error = Assert.Throws<FieldErrorException>(() => KeysetCursor.Decode(cursor, Ordering, 1));

        Assert.Equal(KeysetCursor.InvalidCursorCode, error.Code);
        Assert.Contains("Argument \"after\" has an invalid cursor", error.Message);
    }

    [Theory]
    [InlineData("""{"o":"UPDATED_AT DESC,ID DESC","k":["x"],"i":0}""")]
    [InlineData("""{"o":"UPDATED_AT DESC,ID DESC","k":["x"],"i":-3}""")]
    [InlineData("""{"o":"UPDATED_AT DESC,ID DESC","k":[null],"i":3}""")]
    [InlineData("""{"o":"UPDATED_AT DESC,ID DESC","i":3}""")]
    [InlineData("""{"k":["x"],"i":3}""")]
    [InlineData("""{"o":"UPDATED_AT DESC,ID DESC","k":["x"],"i":99999999999999999999}""")]
    [InlineData("""{"o":"UPDATED_AT DESC,ID DESC","k":["x"],"i":"1; DROP TABLE households"}""")]
    [InlineData("""[1,2,3]""")]
    public void Decode_ForgedJson_FailsAsInvalidCursor(string json)
    {
        var cursor = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<FieldErrorException>(() => KeysetCursor.Decode(cursor, Ordering, 1));

        Assert.Equal(KeysetCursor.InvalidCursorCode, error.Code);
    }

    [Fact]
    public void Decode_WrongNumberOfKeys_FailsAsOrderMismatch()
    {
        var cursor = new KeysetCursor(Ordering, ["a", "b"], 3).Encode();

        Assert.Equal(KeysetCursor.CursorOrderMismatchCode, Assert.Throws<FieldErrorException>(() => KeysetCursor.Decode(cursor, Ordering, 1)).Code);
    }

    [Fact]
    public void Decode_HugeText_FailsWithAShortMessage()
    {
        var cursor = new string('A', 100_000);

        var error = Assert.Throws<FieldErrorException>(() => KeysetCursor.Decode(cursor, Ordering, 1));

        Assert.Equal(KeysetCursor.InvalidCursorCode, error.Code);
        Assert.True(error.Message.Length < 400, error.Message);
    }
}
