namespace IntegrationHub.Policies;

/// <summary>A field an MOU opens only in part: the value is masked before it leaves the hub.</summary>
/// <param name="Coordinate">The field coordinate, e.g. <c>Member.nationalId</c>.</param>
/// <param name="Kind">How the value is masked.</param>
/// <param name="Count">For <see cref="MaskKind.KeepLast"/> and <see cref="MaskKind.KeepFirst"/>, how many characters
/// stay visible; 0 otherwise.</param>
public sealed record FieldMask(string Coordinate, MaskKind Kind, int Count)
{
    private const char Hidden = '*';

    /// <summary>The masked form of <paramref name="value"/>. Masking keeps the length for the keep-kinds, so a
    /// caller can still tell a 13-digit national ID from a malformed one.</summary>
    public string Apply(string value) => Kind switch
    {
        MaskKind.KeepLast => value.Length <= Count ? value : new string(Hidden, value.Length - Count) + value[^Count..],
        MaskKind.KeepFirst => value.Length <= Count ? value : value[..Count] + new string(Hidden, value.Length - Count),
        MaskKind.YearOnly => value.Length >= 4 ? value[..4] : new string(Hidden, value.Length),
        _ => throw new InvalidOperationException($"Unknown mask kind {Kind}."),
    };

    /// <summary>The mask as MOU files write it: <c>keep-last-4</c>, <c>keep-first-3</c> or <c>year-only</c>.</summary>
    public string Notation => Kind switch
    {
        MaskKind.KeepLast => $"keep-last-{Count}",
        MaskKind.KeepFirst => $"keep-first-{Count}",
        _ => "year-only",
    };
}
