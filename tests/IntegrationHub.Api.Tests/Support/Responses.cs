using System.Text.Json;

namespace IntegrationHub.Api.Tests.Support;

/// <summary>Reading GraphQL responses in assertions.</summary>
public static class Responses
{
    /// <summary>The response's data, after asserting it has some.</summary>
    public static JsonElement DataOf(JsonElement response) =>
        response.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : throw new Xunit.Sdk.XunitException("The response has no data: " + response);
}
