using System.Globalization;
using System.Text;
using System.Text.Json;
using IntegrationHub.Audit;
using IntegrationHub.Policies;

namespace IntegrationHub.Data.Audit;

/// <summary>The canonical form of an audit event (<see cref="AuditCanonicalForm"/>) as stored text, and the way
/// back from stored text to the event, so that verification recomputes each hash from what the database holds.</summary>
public static class AuditCanonicalText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The canonical form of <paramref name="auditEvent"/> as text: the UTF-8 decoding of the hashed bytes.</summary>
    public static string Of(Guid eventId, AuditEvent auditEvent) => StrictUtf8.GetString(AuditCanonicalForm.Of(eventId, auditEvent));

    /// <summary>Reads the event back from stored canonical text, and checks that the text is exactly the canonical
    /// form of what it says: then hashing the event hashes these very bytes, and an edit that leaves the meaning
    /// alone (white space, key order) is still an edit.</summary>
    /// <exception cref="FormatException">The text is not the canonical form of an audit event; the message says why.</exception>
    public static (Guid EventId, AuditEvent Event) Parse(string canonical)
    {
        (Guid EventId, AuditEvent Event) parsed;
        try
        {
            using var document = JsonDocument.Parse(canonical);
            parsed = Read(document.RootElement);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"it is not a readable audit event ({exception.Message})", exception);
        }

        if (!string.Equals(Of(parsed.EventId, parsed.Event), canonical, StringComparison.Ordinal))
        {
            throw new FormatException("it is not in canonical form");
        }

        return parsed;
    }

    private static (Guid, AuditEvent) Read(JsonElement root)
    {
        var version = root.GetProperty("v").GetInt32();
        if (version != AuditCanonicalForm.Version)
        {
            throw new FormatException($"canonical form version {version} is not {AuditCanonicalForm.Version}");
        }

        var eventId = Guid.ParseExact(Text(root, "id"), "D");
        var auditEvent = new AuditEvent
        {
            OccurredAt = DateTimeOffset.ParseExact(Text(root, "at"), "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'",
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            RequestId = Text(root, "request"),
            HubInstance = Text(root, "instance"),
            ClientId = OptionalText(root, "client"),
            AgencyCode = OptionalText(root, "agency"),
            MouId = OptionalText(root, "mou"),
            Purpose = OptionalText(root, "purpose"),
            TokenId = OptionalText(root, "token"),
            OperationName = OptionalText(root, "operation"),
            OperationType = Text(root, "type"),
            DocumentHash = Text(root, "document"),
            VariablesHash = OptionalText(root, "variables"),
            PolicyVersion = Text(root, "policy"),
            Fields = [.. root.GetProperty("fields").EnumerateArray().Select(field => new AuditedField(
                Text(field, "coordinate"), Enum.Parse<FieldDecision>(Text(field, "decision")), field.GetProperty("values").GetInt64()))],
            Subjects = [.. root.GetProperty("subjects").EnumerateArray().Select(subject => new AuditSubject(Text(subject, "kind"), Text(subject, "id")))],
            Changes = [.. root.GetProperty("changes").EnumerateArray().Select(change => new AuditChange(
                Text(change, "entity"), Text(change, "id"), Text(change, "action")))],
            Outcome = Text(root, "outcome"),
        };
        return (eventId, auditEvent);
    }

    private static string Text(JsonElement element, string name) =>
        OptionalText(element, name) ?? throw new FormatException($"\"{name}\" is null");

    private static string? OptionalText(JsonElement element, string name) => element.GetProperty(name).GetString();
}
