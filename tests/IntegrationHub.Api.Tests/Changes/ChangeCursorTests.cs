using System.Text;
using IntegrationHub.Api.Changes;
using IntegrationHub.Api.Paging;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Tests.Changes;

public sealed class ChangeCursorTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(long.MaxValue)]
    public void Decode_EncodedSequence_ReturnsIt(long sequence) =>
        Assert.Equal(sequence, ChangeCursor.Decode(ChangeCursor.Encode(sequence)));

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("after:5")]
    public void Decode_Garbage_FailsAsInvalidCursor(string cursor)
    {
        var error = Assert.Throws<FieldErrorException>(() => ChangeCursor.Decode(cursor));

        Assert.Equal(KeysetCursor.InvalidCursorCode, error.Code);
        Assert.Contains("householdChanges", error.Message, StringComparison.Ordinal);
    }

    // "after:7" is a household-page cursor of the first slice: a cursor of another list is not a feed position.
    [Theory]
    [InlineData("change:-1")]
    [InlineData("change:+1")]
    [InlineData("change: 1")]
    [InlineData("change:1 OR 1=1")]
    [InlineData("change:99999999999999999999")]
    [InlineData("Change:1")]
    [InlineData("after:7")]
    public void Decode_TamperedCursor_FailsAsInvalidCursor(string text)
    {
        var cursor = Convert.ToBase64String(Encoding.ASCII.GetBytes(text));

        var error = Assert.Throws<FieldErrorException>(() => ChangeCursor.Decode(cursor));

        Assert.Equal(KeysetCursor.InvalidCursorCode, error.Code);
    }
}
