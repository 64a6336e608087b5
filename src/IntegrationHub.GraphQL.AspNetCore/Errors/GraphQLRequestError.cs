using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.AspNetCore.Errors;

/// <summary>A GraphQL request error (GraphQL specification, section 7.1.2 "Errors"): the request is rejected
/// before execution, so the response has <c>errors</c> and no <c>data</c>.</summary>
/// <param name="Failure">Why the request was rejected; decides the HTTP status code.</param>
/// <param name="Code">The stable <c>extensions.code</c>, one of <see cref="GraphQLErrorCodes"/> or an engine code.</param>
/// <param name="Message">A sentence for the client developer that names what is wrong and where.</param>
/// <param name="Locations">Where in the document the error is (section 7.1.2, "locations"); null or empty for
/// errors that concern the request as a whole.</param>
public sealed record GraphQLRequestError(
    RequestFailure Failure, string Code, string Message, IReadOnlyList<SourcePosition>? Locations = null);
