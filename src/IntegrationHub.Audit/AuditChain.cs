using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Audit;

/// <summary>The hash chain over audit events: each event's hash covers its sequence, the previous event's hash and
/// its canonical form, so editing, deleting, inserting or reordering any stored event breaks every hash from
/// there on (and a gap in the sequence shows a deletion at the end).</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first event.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>Seals <paramref name="auditEvent"/> as the event after <paramref name="previous"/> (null for the first).</summary>
    public static SealedAuditEvent Seal(SealedAuditEvent? previous, Guid eventId, AuditEvent auditEvent)
    {
        var sequence = (previous?.Sequence ?? 0) + 1;
        var previousHash = previous?.Hash ?? GenesisHash;
        return new SealedAuditEvent(sequence, eventId, auditEvent, previousHash, HashOf(sequence, previousHash, eventId, auditEvent));
    }

    /// <summary>SHA-256, in lower-case hex, over "<c>sequence</c>\n<c>previousHash</c>\n<c>canonical form</c>".</summary>
    public static string HashOf(long sequence, string previousHash, Guid eventId, AuditEvent auditEvent)
    {
        var header = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{sequence}\n{previousHash}\n"));
        var body = AuditCanonicalForm.Of(eventId, auditEvent);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(header);
        sha.AppendData(body);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
