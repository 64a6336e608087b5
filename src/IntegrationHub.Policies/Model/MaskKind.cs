namespace IntegrationHub.Policies;

/// <summary>How a masked field is shown.</summary>
public enum MaskKind
{
    /// <summary>Only the last N characters are shown; the rest become <c>*</c> (e.g. a national ID as its last 4 digits).</summary>
    KeepLast,

    /// <summary>Only the first N characters are shown; the rest become <c>*</c> (e.g. a phone number's prefix).</summary>
    KeepFirst,

    /// <summary>A date is shown as its year only (an ISO date <c>1980-05-12</c> becomes <c>1980</c>).</summary>
    YearOnly,
}
