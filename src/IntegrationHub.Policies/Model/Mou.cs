namespace IntegrationHub.Policies;

/// <summary>A signed memorandum of understanding, as its policy file states it.</summary>
/// <param name="Id">The MOU's identifier, e.g. <c>MOU-2569-001</c>.</param>
/// <param name="Title">The title in Thai and English.</param>
/// <param name="Parties">The agencies that signed it (codes).</param>
/// <param name="Grantee">The party whose clients it opens data to.</param>
/// <param name="Signed">The signing date.</param>
/// <param name="EffectiveFrom">The first day it is in force (Asia/Bangkok calendar date, inclusive).</param>
/// <param name="EffectiveTo">The last day it is in force (Asia/Bangkok calendar date, inclusive).</param>
/// <param name="Purposes">The purpose codes the grantee may declare under it.</param>
/// <param name="LegalBases">The PDPA bases it cites.</param>
/// <param name="Scopes">The scope names it grants.</param>
/// <param name="Area">Where it lets the grantee see households.</param>
/// <param name="Masks">Fields it opens only masked.</param>
/// <param name="Annex">Its approved operations; empty when it has no annex.</param>
/// <param name="RateLimit">How often the grantee may call under it.</param>
/// <param name="DeniedFields">Whether a field it does not grant nulls that field or refuses the operation.</param>
/// <param name="SourceFile">Its file, relative to the policy folder.</param>
public sealed record Mou(
    string Id,
    LocalizedText Title,
    IReadOnlyList<string> Parties,
    string Grantee,
    DateOnly Signed,
    DateOnly EffectiveFrom,
    DateOnly EffectiveTo,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<LegalBasis> LegalBases,
    IReadOnlyList<string> Scopes,
    MouArea Area,
    IReadOnlyList<FieldMask> Masks,
    IReadOnlyList<ApprovedOperation> Annex,
    RateLimit RateLimit,
    DeniedFieldHandling DeniedFields,
    string SourceFile)
{
    /// <summary>True when the MOU is in force on this Asia/Bangkok calendar date; both ends are inclusive, since an
    /// MOU that says "from 1 January to 31 December" means the whole of both days.</summary>
    public bool IsInForceOn(DateOnly bangkokDate) => EffectiveFrom <= bangkokDate && bangkokDate <= EffectiveTo;

    /// <summary>The mask for a coordinate, or null when the MOU opens it in full (or not at all).</summary>
    public FieldMask? MaskFor(string coordinate) =>
        Masks.FirstOrDefault(mask => string.Equals(mask.Coordinate, coordinate, StringComparison.Ordinal));
}
