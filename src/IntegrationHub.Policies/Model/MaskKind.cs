namespace IntegrationHub.Policies;

/// <summary>How a masked field is shown.</summary>
public enum MaskKind
{
    /// <summary>Only the last N characters are shown; the rest become <c>*</c> (e.g. a national ID as its last 4 digits).</summary>
    KeepLast,

    /// <summary>Only the first N characters are shown; the rest become <c>*</c> (e.g. a phone number's prefix).</summary>
    KeepFirst,
}
