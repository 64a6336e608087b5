using IntegrationHub.Api.Profiles;

namespace IntegrationHub.Api.Tests.Profiles;

public sealed class SmallCellSuppressionTests
{
    /// <summary>A breakdown as text, "?" for a withheld cell, to compare whole breakdowns at once.</summary>
    private static string Show(int total, params int[] cells) =>
        string.Join(' ', SmallCellSuppression.Breakdown(total, cells).Select(c => c.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(1000, false)]
    public void Total_SmallCountsOnly_AreSuppressed(int total, bool suppressed)
    {
        var cell = SmallCellSuppression.Total(total);

        Assert.Equal(suppressed, cell.IsSuppressed);
        Assert.Equal(suppressed ? null : total, cell.Count);
    }

    [Fact]
    public void Breakdown_NoSmallCell_PublishesEveryCell() =>
        Assert.Equal("20 0 7", Show(27, 20, 0, 7));

    [Fact]
    public void Breakdown_ZeroCells_ArePublished() =>
        Assert.Equal("0 12 0", Show(12, 0, 12, 0));

    [Fact]
    public void Breakdown_OneSmallCellOfAPartition_AlsoWithholdsTheSmallestOtherNonZeroCell() =>
        // 3 would be 40 - 30 - 0 - 7 were 7 published.
        Assert.Equal("30 0 ? ?", Show(40, 30, 0, 7, 3));

    [Fact]
    public void Breakdown_TwoSmallCells_NeedNoComplement() =>
        Assert.Equal("? 30 ?", Show(35, 2, 30, 3));

    [Fact]
    public void Breakdown_SmallUnpublishedRemainder_WithholdsTheSmallestNonZeroCell() =>
        // 2 households are in no cell; publishing 8 and 30 would reveal them as 40 - 38.
        Assert.Equal("? 30", Show(40, 8, 30));

    [Fact]
    public void Breakdown_LargeRemainderHidesOneSmallCell() =>
        // 3 + the unpublished 17 are two unknowns with one known sum.
        Assert.Equal("? 30", Show(50, 3, 30));

    [Fact]
    public void Breakdown_OneCellWhoseComplementIsSmall_IsWithheld() =>
        // "Households with a health problem": 37 of 40 would say which 3 have none.
        Assert.Equal("?", Show(40, 37));

    [Fact]
    public void Breakdown_OneCellWithLargeComplement_IsPublished() =>
        Assert.Equal("15", Show(40, 15));

    [Fact]
    public void Breakdown_SmallTotal_WithholdsEveryNonZeroCellAndNothingMore() =>
        Assert.Equal("? 0 ?", Show(4, 3, 0, 1));

    [Fact]
    public void Breakdown_EveryHouseholdInOneCell_IsPublished() =>
        Assert.Equal("0 25", Show(25, 0, 25));

    [Theory]
    [InlineData(10, new[] { 6, 5 })]
    [InlineData(10, new[] { -1, 3 })]
    public void Breakdown_CellsNotASubsetOfTheTotal_AreRefused(int total, int[] cells) =>
        Assert.Throws<ArgumentException>(() => SmallCellSuppression.Breakdown(total, cells));

    [Fact]
    public void Breakdown_AnyPublishedCells_NeverLetASmallHiddenCountBeSubtracted()
    {
        // Every partition of up to 12 households into three cells and a remainder: whenever the total is
        // published, the hidden counts (suppressed cells and the remainder) are never exactly one small count.
        for (var total = 0; total <= 12; total++)
        {
            for (var a = 0; a <= total; a++)
            {
                for (var b = 0; a + b <= total; b++)
                {
                    for (var c = 0; a + b + c <= total; c++)
                    {
                        int[] cells = [a, b, c];
                        var published = SmallCellSuppression.Breakdown(total, cells);
                        var hidden = cells.Where((_, i) => published[i].IsSuppressed).Append(total - cells.Sum()).Where(n => n > 0).ToList();
                        Assert.All(published.Where(p => !p.IsSuppressed), p => Assert.False(p.Count is > 0 and < SmallCellSuppression.Threshold));
                        if (!SmallCellSuppression.Total(total).IsSuppressed && hidden.Count == 1)
                        {
                            Assert.False(hidden[0] < SmallCellSuppression.Threshold, $"{total}: {string.Join(',', cells)} leaves {hidden[0]} recoverable");
                        }
                    }
                }
            }
        }
    }
}
