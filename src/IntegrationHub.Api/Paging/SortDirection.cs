namespace IntegrationHub.Api.Paging;

/// <summary>The direction of one sort key.</summary>
public enum SortDirection
{
    /// <summary>Smallest first.</summary>
    Ascending,

    /// <summary>Largest first.</summary>
    Descending,
}
