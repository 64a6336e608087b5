using IntegrationHub.Identity.Grants;

namespace IntegrationHub.Identity.Tests;

/// <summary>The scope grammar of RFC 6749 section 3.3.</summary>
public sealed class ScopeListTests
{
    [Theory]
    [InlineData("household.read", new[] { "household.read" })]
    [InlineData("b a", new[] { "a", "b" })]
    [InlineData("a a b", new[] { "a", "b" })]
    [InlineData("urn:hub:scope/x!#$%&'()*+,-./:;<=>?@[]^_`{|}~", new[] { "urn:hub:scope/x!#$%&'()*+,-./:;<=>?@[]^_`{|}~" })]
    public void TryParse_WellFormed_GivesDistinctScopes(string value, string[] expected)
    {
        Assert.True(ScopeList.TryParse(value, out var scopes));
        Assert.Equal(expected, scopes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a  b")]
    [InlineData(" a")]
    [InlineData("a ")]
    [InlineData("a\tb")]
    [InlineData("a\"b")]
    [InlineData("a\\b")]
    [InlineData("a\u007fb")]
    [InlineData("สิทธิ์")]
    public void TryParse_BreaksGrammar_IsFalse(string value) => Assert.False(ScopeList.TryParse(value, out _));

    [Fact]
    public void Format_AnyOrder_IsSortedAndSpaceDelimited()
        => Assert.Equal("a b c", ScopeList.Format(["c", "a", "b"]));
}
