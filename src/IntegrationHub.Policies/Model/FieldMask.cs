namespace IntegrationHub.Policies;

/// <summary>A field an MOU opens only in part: the value is masked before it leaves the hub.</summary>
/// <param name="Coordinate">The field coordinate, e.g. <c>Member.nationalId</c>.</param>
/// <param name="Kind">How the value is masked.</param>
/// <param name="Count">How many characters stay visible.</param>
public sealed record FieldMask(string Coordinate, MaskKind Kind, int Count)
{
    private const char Hidden = '*';

    /// <summary>The masked form of <paramref name="value"/>. Masking keeps the length for the keep-kinds, so a
    /// caller can still tell a 13-digit national ID from a malformed one.</summary>
    public string Apply(string value) => Kind switch
    {
        MaskKind.KeepLast => value.Length <= Count ? value : new string(Hidden, value.Length - Count) + value[^Count..],
        MaskKind.KeepFirst => value.Length <= Count ? value : value[..Count] + new string(Hidden, value.Length - Count),
        _ => throw new InvalidOperationException($"Unknown mask kind {Kind}."),
    };

    /// <summary>The mask as MOU files write it: <c>keep-last-4</c> or <c>keep-first-3</c>.</summary>
    public string Notation => Kind == MaskKind.KeepLast ? $"keep-last-{Count}" : $"keep-first-{Count}";
}
