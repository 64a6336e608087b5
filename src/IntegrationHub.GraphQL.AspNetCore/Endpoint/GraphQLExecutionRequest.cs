using System.Text.Json;
using IntegrationHub.GraphQL.AspNetCore.Documents;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.GraphQL.AspNetCore.Endpoint;

/// <summary>What the transport hands the executor: a resolved document and the request's other parameters.</summary>
/// <param name="HttpContext">The HTTP request, for the user and the services of this request.</param>
/// <param name="Document">The document to run; its id is the key for cached parse, validation and plan.</param>
/// <param name="OperationName">The operation to run, or null.</param>
/// <param name="Variables">The variables object, or null.</param>
/// <param name="Extensions">The extensions object, or null.</param>
/// <param name="MutationsAllowed">False for GET: the executor must then refuse a mutation with
/// <see cref="Errors.TransportErrors.MutationOverGet"/> before executing anything.</param>
public sealed record GraphQLExecutionRequest(
    HttpContext HttpContext,
    GraphQLDocumentSource Document,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    bool MutationsAllowed);
