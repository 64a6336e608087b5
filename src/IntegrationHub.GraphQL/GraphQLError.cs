using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL;

/// <summary>An error in a GraphQL response (spec 7.1.2): a message for the developer, the document locations it
/// concerns, the response path of the field it happened at, and extensions such as a stable <c>code</c>.</summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<SourcePosition>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Exception = exception;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions;
    }

    /// <summary>The description of the error, for the developer (spec 7.1.2, "message").</summary>
    public string Message { get; }

    /// <summary>Where in the document (spec 7.1.2, "locations"); empty when it concerns no particular place.</summary>
    public IReadOnlyList<SourcePosition> Locations { get; }

    /// <summary>The response path of the field the error happened at: keys (strings) and list indices (ints);
    /// null for request errors (spec 7.1.2, "path").</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional information, such as a stable <c>code</c> (spec 7.1.2, "extensions").</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The unexpected exception a resolver threw, for logging; never serialized. Null when the message is
    /// safe for the client (the engine's own errors, <see cref="Execution.FieldErrorException"/>); otherwise a
    /// transport decides whether the message may reach the client.</summary>
    public Exception? Exception { get; }

    /// <summary>An error at the start of each of <paramref name="nodes"/>.</summary>
    public static GraphQLError At(string message, params SyntaxNode[] nodes) =>
        new(message, [.. nodes.Select(node => node.Location.Start)]);

    /// <inheritdoc />
    public override string ToString() =>
        Locations.Count == 0 ? Message : $"{Message} ({string.Join(", ", Locations)})";
}
