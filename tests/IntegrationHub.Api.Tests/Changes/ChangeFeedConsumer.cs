using System.Text.Json;
using IntegrationHub.Api.Access;
using IntegrationHub.Api.Tests.Support;
using static IntegrationHub.Api.Tests.Support.Responses;

namespace IntegrationHub.Api.Tests.Changes;

/// <summary>A partner system keeping a copy of households and members by pulling the change feed page by page and
/// applying each entry in order, as the field's description tells consumers to.</summary>
internal sealed class ChangeFeedConsumer(ApiTestContext api, int pageSize, RequestCaller? caller = null)
{
    private const string PullQuery = """
        query($after: String, $first: Int!) {
          householdChanges(after: $after, first: $first) {
            changes {
              cursor operation entityType entityId householdId
              record {
                ... on Household { id householdCode group areaCode status exitedOn }
                ... on Member { id firstName lastName }
              }
            }
            endCursor hasNextPage
          }
        }
        """;

    private string? _after;

    /// <summary>The copy: household global id to its fields, as one comparable line.</summary>
    public Dictionary<string, string> Households { get; } = [];

    /// <summary>The copy: member global id to its household's global id and its fields, as one comparable line.</summary>
    public Dictionary<string, string> Members { get; } = [];

    /// <summary>Every entry applied so far, in order.</summary>
    public List<JsonElement> Applied { get; } = [];

    /// <summary>Pulls and applies pages until the feed reports no more; returns how many pages it took.</summary>
    public async Task<int> CatchUpAsync()
    {
        var pages = 0;
        bool hasNextPage;
        do
        {
            var response = await api.ExecuteAsync(PullQuery, new Dictionary<string, object?> { ["after"] = _after, ["first"] = pageSize }, caller);
            Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
            var page = DataOf(response).GetProperty("householdChanges");
            var changes = page.GetProperty("changes").EnumerateArray().ToList();
            Assert.True(changes.Count <= pageSize);
            foreach (var change in changes)
            {
                Apply(change);
            }

            _after = page.GetProperty("endCursor").GetString() ?? _after;
            hasNextPage = page.GetProperty("hasNextPage").GetBoolean();
            pages++;
        }
        while (hasNextPage);

        return pages;
    }

    private void Apply(JsonElement change)
    {
        Applied.Add(change);
        var id = change.GetProperty("entityId").GetString()!;
        var householdId = change.GetProperty("householdId").GetString()!;
        var record = change.GetProperty("record");
        var deleted = change.GetProperty("operation").GetString() is "DELETED" or "MOVED_OUT" || record.ValueKind == JsonValueKind.Null;
        switch (change.GetProperty("entityType").GetString())
        {
            case "HOUSEHOLD" when deleted:
                // A household's members go with it, whether or not the feed lists their deletions.
                Households.Remove(id);
                foreach (var member in Members.Where(m => m.Value.StartsWith(householdId + "|", StringComparison.Ordinal)).ToList())
                {
                    Members.Remove(member.Key);
                }

                break;
            case "HOUSEHOLD":
                Households[id] = string.Join('|', Field(record, "householdCode"), Field(record, "group"),
                    Field(record, "areaCode"), Field(record, "status"), Field(record, "exitedOn"));
                break;
            case "MEMBER" when deleted:
                Members.Remove(id);
                break;
            case "MEMBER":
                Members[id] = string.Join('|', householdId, Field(record, "firstName"), Field(record, "lastName"));
                break;
        }
    }

    private static string Field(JsonElement record, string name) =>
        record.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : "null";
}
