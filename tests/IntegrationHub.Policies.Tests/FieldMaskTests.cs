namespace IntegrationHub.Policies.Tests;

public sealed class FieldMaskTests
{
    [Theory]
    [InlineData(MaskKind.KeepLast, 4, "1234567890123", "*********0123")]
    [InlineData(MaskKind.KeepLast, 4, "123", "123")]
    [InlineData(MaskKind.KeepFirst, 3, "0812345678", "081*******")]
    [InlineData(MaskKind.KeepLast, 4, "", "")]
    public void Apply_Value_ShowsOnlyWhatTheMaskAllows(MaskKind kind, int count, string value, string expected) =>
        Assert.Equal(expected, new FieldMask("Member.x", kind, count).Apply(value));

    [Theory]
    [InlineData(MaskKind.KeepLast, 4, "keep-last-4")]
    [InlineData(MaskKind.KeepFirst, 2, "keep-first-2")]
    public void Notation_Mask_IsWrittenAsPolicyFilesWriteIt(MaskKind kind, int count, string expected) =>
        Assert.Equal(expected, new FieldMask("Member.x", kind, count).Notation);
}
