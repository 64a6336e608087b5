using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Paging;

/// <summary>The bounds on how many rows one page may ask for.</summary>
public static class PageSize
{
    /// <summary>The page size when the client gives none.</summary>
    public const int Default = 50;

    /// <summary>The largest page: bounds the rows, and the members batched for them, that one field can load.</summary>
    public const int Maximum = 500;

    /// <summary>The error code of a page size out of bounds.</summary>
    public const string InvalidPageSizeCode = "INVALID_PAGE_SIZE";

    /// <summary>Checks the <c>first</c> argument.</summary>
    /// <exception cref="FieldErrorException"><paramref name="first"/> is negative or above <see cref="Maximum"/>.</exception>
    public static int Check(int first) => first is >= 0 and <= Maximum
        ? first
        : throw new FieldErrorException(
            $"Argument \"first\" is {first}, but a page holds 0 to {Maximum} items: ask for at most {Maximum} and follow pageInfo.endCursor for the rest.",
            code: InvalidPageSizeCode);
}
