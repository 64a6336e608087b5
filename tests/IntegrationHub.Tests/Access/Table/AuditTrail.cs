using System.Net;
using System.Text.Json;

namespace IntegrationHub.Tests.Access.Table;

/// <summary>A field decision as the audit trail recorded it.</summary>
public sealed record AuditedFieldEntry(string Coordinate, string Decision, long ValueCount);

/// <summary>An audit event as the auditor reads it back through <c>auditEvents</c>.</summary>
public sealed record AuditedRequest(
    long Sequence, string Outcome, string? Purpose, string? MouId, IReadOnlyList<string> Households, IReadOnlyList<AuditedFieldEntry> Fields)
{
    /// <summary>The entry for <paramref name="coordinate"/>, or null when the event has none.</summary>
    public AuditedFieldEntry? FieldFor(string coordinate) => Fields.SingleOrDefault(field => field.Coordinate == coordinate);
}

/// <summary>Reads a client's audit events as the oversight committee does (auditor-demo, purpose access-audit,
/// scope audit.read), through the hub's own GraphQL API.</summary>
public static class AuditTrail
{
    /// <summary>The scope the auditor's token needs.</summary>
    public const string Scope = "audit.read";

    private const string Purpose = "access-audit";

    private const string Query = """
        query EventsOfClient($clientId: String!) {
          auditEvents(where: { clientId: $clientId }, first: 500) {
            nodes { sequence outcome purpose mouId households fields { coordinate decision valueCount } }
          }
        }
        """;

    /// <summary>Every event recorded for <paramref name="clientId"/>, in sequence order.</summary>
    public static async Task<IReadOnlyList<AuditedRequest>> EventsOfAsync(HubServer hub, string auditorToken, string clientId)
    {
        using var response = await hub.PostGraphQLAsync(auditorToken, Purpose, new { query = Query, variables = new { clientId } });
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || text.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The auditor could not read the events of {clientId}: {(int)response.StatusCode} {text}");
        }

        using var body = JsonDocument.Parse(text);
        return [.. body.RootElement.GetProperty("data").GetProperty("auditEvents").GetProperty("nodes").EnumerateArray().Select(Read)];
    }

    private static AuditedRequest Read(JsonElement node) => new(
        node.GetProperty("sequence").GetInt64(),
        node.GetProperty("outcome").GetString()!,
        node.GetProperty("purpose").GetString(),
        node.GetProperty("mouId").GetString(),
        [.. node.GetProperty("households").EnumerateArray().Select(id => id.GetString()!)],
        [.. node.GetProperty("fields").EnumerateArray().Select(field => new AuditedFieldEntry(
            field.GetProperty("coordinate").GetString()!,
            field.GetProperty("decision").GetString()!,
            field.GetProperty("valueCount").GetInt64()))]);
}
