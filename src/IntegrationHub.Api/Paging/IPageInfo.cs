namespace IntegrationHub.Api.Paging;

/// <summary>What every page of a forward cursor connection tells about itself (the <c>PageInfo</c> type).</summary>
public interface IPageInfo
{
    /// <summary>Whether more items follow this page.</summary>
    bool HasNextPage { get; }

    /// <summary>The cursor of the page's last item; null when the page is empty.</summary>
    string? EndCursor { get; }
}
