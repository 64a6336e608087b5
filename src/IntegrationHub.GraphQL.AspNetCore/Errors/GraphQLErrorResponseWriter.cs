using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Http;
using IntegrationHub.GraphQL.Language;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.GraphQL.AspNetCore.Errors;

/// <summary>Writes request errors as a GraphQL response (GraphQL specification, section 7.1 "Response Format"):
/// <c>{"errors":[{"message":"…","extensions":{"code":"…"}}]}</c>, with no <c>data</c> entry because execution
/// never started (section 7.1.1: "If an error was raised before execution begins, the data entry should not
/// be present").</summary>
public static class GraphQLErrorResponseWriter
{
    /// <summary>Writes the error response object to <paramref name="writer"/>. <paramref name="developmentDetails"/>
    /// (an exception's text) is written as <c>extensions.exception</c>, and must be null outside Development.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<GraphQLRequestError> errors, string? developmentDetails = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(errors);

        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            WriteLocations(writer, error.Locations);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", error.Code);
            if (developmentDetails is not null)
            {
                writer.WriteString("exception", developmentDetails);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Sends <paramref name="errors"/> as the whole HTTP response, with the status code and headers
    /// <see cref="GraphQLStatusCodes"/> decides for the first error's failure.</summary>
    public static async Task WriteAsync(
        HttpResponse response,
        IReadOnlyList<GraphQLRequestError> errors,
        ResponseMediaType accepted,
        string? developmentDetails,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);

        GraphQLStatusCodes.Decide(GraphQLOutcome.Rejected(errors[0].Failure), accepted).ApplyTo(response);

        await using (var writer = new Utf8JsonWriter(response.BodyWriter, GraphQLJson.WriterOptions))
        {
            Write(writer, errors, developmentDetails);
        }

        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    private static void WriteLocations(Utf8JsonWriter writer, IReadOnlyList<SourcePosition>? locations)
    {
        if (locations is not { Count: > 0 })
        {
            return;
        }

        writer.WriteStartArray("locations");
        foreach (var location in locations)
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", location.Line);
            writer.WriteNumber("column", location.Column);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
