namespace IntegrationHub.Policies.Tests;

public sealed class MouAreaTests
{
    private static readonly MouArea Area = MouArea.Of(["46"], ["4903"], ["490501"]);

    [Theory]
    [InlineData("460101", true)]      // a subdistrict of province 46
    [InlineData("46010105", true)]    // a village of province 46
    [InlineData("490301", true)]      // a subdistrict of district 4903
    [InlineData("490501", true)]      // the subdistrict itself
    [InlineData("49050102", true)]    // a village of that subdistrict
    [InlineData("490502", false)]     // its neighbour in the same district
    [InlineData("490101", false)]     // another district of province 49
    [InlineData("4", false)]
    [InlineData("", false)]
    public void Covers_AreaCode_IsTrueOnlyInsideTheListedUnits(string code, bool expected) =>
        Assert.Equal(expected, Area.Covers(code));

    [Fact]
    public void Covers_WholeCountry_CoversAnyCode() => Assert.True(MouArea.WholeCountry.Covers("960101"));
}
