using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.AspNetCore.Limits;

/// <summary>Builds the errors the limit rules report: a validation error carrying its own stable code, which the
/// endpoint keeps instead of the generic <c>GRAPHQL_VALIDATION_FAILED</c>.</summary>
internal static class LimitErrors
{
    public static GraphQLError At(SyntaxNode node, string code, string message) =>
        new(message, [node.Location.Start], extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });

    /// <summary>How an operation is named in messages: <c>The operation "Households"</c> or <c>The anonymous
    /// operation</c>.</summary>
    public static string Describe(OperationDefinitionNode operation) =>
        operation.Name is { } name ? $"The operation \"{name.Value}\"" : "The anonymous operation";
}
