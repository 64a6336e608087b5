namespace IntegrationHub.GraphQL.Types;

/// <summary>A schema that cannot be built or is invalid under the type system rules (spec 3). The message names
/// every problem found.</summary>
public sealed class SchemaException : Exception
{
    /// <summary>One problem.</summary>
    public SchemaException(string message)
        : this([new SchemaError(message)])
    {
    }

    /// <summary>Several problems, each with its location when known.</summary>
    public SchemaException(IReadOnlyList<SchemaError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(error => error.ToString())))
    {
        Errors = errors;
    }

    /// <summary>The problems, in the order found.</summary>
    public IReadOnlyList<SchemaError> Errors { get; }
}

/// <summary>One problem with a schema, at the SDL location it concerns when the schema came from SDL.</summary>
/// <param name="Message">A sentence that names the type, field or directive at fault.</param>
/// <param name="Locations">Where in the SDL; empty for a schema built in code.</param>
public sealed record SchemaError(string Message, IReadOnlyList<Language.SourcePosition> Locations)
{
    /// <summary>A problem without a location.</summary>
    public SchemaError(string message)
        : this(message, [])
    {
    }

    /// <inheritdoc />
    public override string ToString() =>
        Locations.Count == 0 ? Message : $"{Message} ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})";
}
