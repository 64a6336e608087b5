namespace IntegrationHub.Policies;

/// <summary>A lawful basis under Thailand's Personal Data Protection Act B.E. 2562 (2019) that an MOU cites for
/// disclosing data. Codes name the section and paragraph, e.g. <c>pdpa-24(4)</c>; the set is closed so that a typo
/// cannot pass for a basis.</summary>
/// <param name="Code">The code MOU files use.</param>
/// <param name="Description">The basis in a few English words.</param>
public sealed record LegalBasis(string Code, string Description)
{
    /// <summary>Every basis an MOU may cite.</summary>
    public static IReadOnlyList<LegalBasis> All { get; } =
    [
        new("pdpa-19", "Consent of the data subject (s. 19)"),
        new("pdpa-24(1)", "Archives in the public interest, research or statistics (s. 24(1))"),
        new("pdpa-24(2)", "Preventing danger to life, body or health (s. 24(2))"),
        new("pdpa-24(3)", "Performance of a contract with the data subject (s. 24(3))"),
        new("pdpa-24(4)", "A task in the public interest or under official authority (s. 24(4))"),
        new("pdpa-24(5)", "Legitimate interests (s. 24(5))"),
        new("pdpa-24(6)", "Compliance with a law (s. 24(6))"),
        new("pdpa-26-consent", "Explicit consent to sensitive data (s. 26, first paragraph)"),
        new("pdpa-26(1)", "Vital interests where consent cannot be given (s. 26(1))"),
        new("pdpa-26(2)", "Legitimate activities of a foundation or non-profit body, with safeguards (s. 26(2))"),
        new("pdpa-26(3)", "Data the subject made public with explicit consent (s. 26(3))"),
        new("pdpa-26(4)", "Legal claims (s. 26(4))"),
        new("pdpa-26(5)(a)", "Preventive or occupational medicine, medical diagnosis, health or social care (s. 26(5)(a))"),
        new("pdpa-26(5)(b)", "Public interest in public health (s. 26(5)(b))"),
        new("pdpa-26(5)(c)", "Social protection, social security and health security by law (s. 26(5)(c))"),
        new("pdpa-26(5)(d)", "Scientific, historical or statistical research (s. 26(5)(d))"),
        new("pdpa-26(5)(e)", "Substantial public interest (s. 26(5)(e))"),
    ];

    private static readonly Dictionary<string, LegalBasis> ByCode = All.ToDictionary(basis => basis.Code, StringComparer.Ordinal);

    /// <summary>True when this basis is one of section 26's, which alone permit disclosing sensitive data.</summary>
    public bool PermitsSensitiveData => Code.StartsWith("pdpa-26", StringComparison.Ordinal);

    /// <summary>The basis with this code, or null when the code is not one of <see cref="All"/>.</summary>
    public static LegalBasis? Find(string code) => ByCode.GetValueOrDefault(code);
}
