namespace IntegrationHub.GraphQL.Types;

/// <summary>A value that cannot be coerced to or from a leaf type (spec 3.5, 3.9). The message is safe to show
/// to the client: it names the type and the offending value, nothing internal.</summary>
public sealed class CoercionException(string message) : Exception(message);
