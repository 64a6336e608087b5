using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>Wraps a field's resolver for one request: it may call <paramref name="next"/> and change the value
/// (mask it), or not call it and throw a <see cref="FieldErrorException"/> (deny it).</summary>
public delegate ValueTask<object?> FieldMiddleware(IResolverContext context, FieldResolver next);

/// <summary>Field middleware keyed by field coordinate (<c>Member.nationalId</c>), for one request. Coordinates are
/// checked against the schema when added, so a misspelt one fails at once rather than guarding nothing.</summary>
public sealed class FieldMiddlewareMap(Schema schema)
{
    private readonly Dictionary<FieldDefinition, FieldMiddleware> _byField = [];

    /// <summary>How many fields have middleware.</summary>
    public int Count => _byField.Count;

    /// <summary>Runs <paramref name="middleware"/> around the resolver of the field at <paramref name="coordinate"/>,
    /// after any middleware already added for it.</summary>
    /// <exception cref="ArgumentException">The schema has no field at <paramref name="coordinate"/>.</exception>
    public FieldMiddlewareMap Use(string coordinate, FieldMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        var field = coordinate.Split('.') is [var typeName, var fieldName]
            ? (schema.GetType(typeName) as ComplexType)?.GetField(fieldName)
            : null;
        if (field is null)
        {
            throw new ArgumentException($"The schema has no field at \"{coordinate}\".", nameof(coordinate));
        }

        if (_byField.TryGetValue(field, out var inner))
        {
            _byField[field] = (context, next) => middleware(context, c => inner(c, next));
        }
        else
        {
            _byField[field] = middleware;
        }

        return this;
    }

    /// <summary>The middleware of <paramref name="field"/>, or null.</summary>
    public FieldMiddleware? Find(FieldDefinition field) => _byField.GetValueOrDefault(field);
}
