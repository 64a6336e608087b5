namespace IntegrationHub.Policies;

// What the parsers read from the files, every checked value still carrying its location. The validators judge
// these; only a set that passes becomes the public model (Scope, Agency, Client, Mou).

internal sealed record PurposeDefinition(Located<string> Code, LocalizedText Description);

internal sealed record ScopeDefinition(
    Located<string> Name, LocalizedText Description, Sensitivity Sensitivity, IReadOnlyList<Located<string>> Fields);

internal sealed record CatalogueDefinition(IReadOnlyList<PurposeDefinition> Purposes, IReadOnlyList<ScopeDefinition> Scopes);

internal sealed record JwkDefinition(IReadOnlyDictionary<string, Located<string>> Members, SourceLocation Location);

internal sealed record ClientDefinition(
    Located<string> Id,
    Located<string> AgencyCode,
    Located<ClientAuthenticationMethod> Authentication,
    Located<string>? SecretHash,
    IReadOnlyList<JwkDefinition> Keys,
    bool IsDevelopmentOnly);

internal sealed record AgencyDefinition(Located<string> Code, LocalizedText Name, AgencyKind Kind);

internal sealed record AnnexDefinition(Located<string> Name, ApprovedOperation Operation);

internal sealed record MouDefinition(
    Located<string> Id,
    LocalizedText Title,
    IReadOnlyList<Located<string>> Parties,
    Located<string> Grantee,
    Located<DateOnly> Signed,
    Located<DateOnly> EffectiveFrom,
    Located<DateOnly> EffectiveTo,
    IReadOnlyList<Located<string>> Purposes,
    IReadOnlyList<Located<string>> LegalBases,
    IReadOnlyList<Located<string>> Scopes,
    MouArea Area,
    IReadOnlyList<Located<FieldMask>> Masks,
    IReadOnlyList<AnnexDefinition> Annex,
    RateLimit RateLimit,
    DeniedFieldHandling DeniedFields,
    string File);

/// <summary>Everything a folder held, parsed; the input of the validators.</summary>
internal sealed record PolicyDefinitions(
    CatalogueDefinition Catalogue,
    IReadOnlyList<AgencyDefinition> Agencies,
    IReadOnlyList<ClientDefinition> Clients,
    IReadOnlyList<MouDefinition> Mous);
