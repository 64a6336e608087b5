using IntegrationHub.Api.Paging;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Tests.Paging;

public sealed class PageSizeTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(PageSize.Maximum)]
    public void Check_WithinBounds_ReturnsSize(int first)
    {
        Assert.Equal(first, PageSize.Check(first));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(PageSize.Maximum + 1)]
    [InlineData(int.MaxValue)]
    public void Check_OutOfBounds_FailsNamingTheLimit(int first)
    {
        var error = Assert.Throws<FieldErrorException>(() => PageSize.Check(first));

        Assert.Equal(PageSize.InvalidPageSizeCode, error.Code);
        Assert.Contains($"Argument \"first\" is {first}, but a page holds 0 to {PageSize.Maximum} items", error.Message);
    }
}
