using System.Globalization;
using System.Text;

namespace IntegrationHub.Audit;

/// <summary>The one byte sequence an audit event hashes to. JSON in the spirit of RFC 8785 (JSON Canonicalization
/// Scheme): properties in a fixed order, no white space, strings escaped only where JSON requires it (quote,
/// backslash, control characters, as lower-case <c>\u00xx</c> except the short forms), integers in decimal,
/// times in UTC with seven fractional digits, and lists sorted, so that two producers listing the same
/// fields in another order seal the same event. The form is versioned: a change to it is a new version, never a
/// silent edit, or old events would stop verifying.</summary>
public static class AuditCanonicalForm
{
    /// <summary>The version of the form, written first in every canonical event.</summary>
    public const int Version = 1;

    /// <summary>The canonical UTF-8 bytes of <paramref name="auditEvent"/> with its <paramref name="eventId"/>.</summary>
    public static byte[] Of(Guid eventId, AuditEvent auditEvent)
    {
        var json = new StringBuilder(512);
        json.Append('{');
        Number(json, "v", Version).Append(',');
        String(json, "id", eventId.ToString("D")).Append(',');
        String(json, "at", auditEvent.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)).Append(',');
        String(json, "request", auditEvent.RequestId).Append(',');
        String(json, "instance", auditEvent.HubInstance).Append(',');
        String(json, "client", auditEvent.ClientId).Append(',');
        String(json, "agency", auditEvent.AgencyCode).Append(',');
        String(json, "mou", auditEvent.MouId).Append(',');
        String(json, "purpose", auditEvent.Purpose).Append(',');
        String(json, "token", auditEvent.TokenId).Append(',');
        String(json, "operation", auditEvent.OperationName).Append(',');
        String(json, "type", auditEvent.OperationType).Append(',');
        String(json, "document", auditEvent.DocumentHash).Append(',');
        String(json, "variables", auditEvent.VariablesHash).Append(',');
        String(json, "policy", auditEvent.PolicyVersion).Append(',');
        List(json, "fields", auditEvent.Fields.OrderBy(f => f.Coordinate, StringComparer.Ordinal).ThenBy(f => f.Decision), (item, field) =>
        {
            item.Append('{');
            String(item, "coordinate", field.Coordinate).Append(',');
            String(item, "decision", field.Decision.ToString()).Append(',');
            Number(item, "values", field.ValueCount).Append('}');
        }).Append(',');
        List(json, "subjects", auditEvent.Subjects.OrderBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal), (item, subject) =>
        {
            item.Append('{');
            String(item, "kind", subject.Kind).Append(',');
            String(item, "id", subject.Id).Append('}');
        }).Append(',');
        List(json, "changes", auditEvent.Changes.OrderBy(c => c.Entity, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c.Action, StringComparer.Ordinal), (item, change) =>
        {
            item.Append('{');
            String(item, "entity", change.Entity).Append(',');
            String(item, "id", change.Id).Append(',');
            String(item, "action", change.Action).Append('}');
        }).Append(',');
        String(json, "outcome", auditEvent.Outcome);
        json.Append('}');
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    private static StringBuilder Number(StringBuilder json, string name, long value) =>
        Name(json, name).Append(value.ToString(CultureInfo.InvariantCulture));

    private static StringBuilder String(StringBuilder json, string name, string? value)
    {
        Name(json, name);
        return value is null ? json.Append("null") : Quote(json, value);
    }

    private static StringBuilder List<T>(StringBuilder json, string name, IEnumerable<T> items, Action<StringBuilder, T> write)
    {
        Name(json, name).Append('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                json.Append(',');
            }

            write(json, item);
            first = false;
        }

        return json.Append(']');
    }

    private static StringBuilder Name(StringBuilder json, string name) => Quote(json, name).Append(':');

    /// <summary>RFC 8785 section 3.2.2.2: only the quote, the backslash and control characters are escaped.</summary>
    private static StringBuilder Quote(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => json.Append("\\\""),
                '\\' => json.Append("\\\\"),
                '\b' => json.Append("\\b"),
                '\f' => json.Append("\\f"),
                '\n' => json.Append("\\n"),
                '\r' => json.Append("\\r"),
                '\t' => json.Append("\\t"),
                < ' ' => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => json.Append(c),
            };
        }

        return json.Append('"');
    }
}
