using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Building;

/// <summary>The code an SDL schema is bound to: field resolvers by coordinate (<c>Query.household</c>), type
/// resolvers for interfaces and unions, implementations of custom scalars, and internal values of enum values.
/// Anything not bound keeps its default: fields read the parent's member of their name, abstract types read
/// <c>__typename</c>, custom scalars pass values through, enum values are their names.</summary>
public sealed class SchemaBindings
{
    private readonly Dictionary<string, FieldResolver> _resolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldResolver> _subscribers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _enumValues = new(StringComparer.Ordinal);

    /// <summary>Resolves the field at <paramref name="coordinate"/> (<c>Type.field</c>) with <paramref name="resolver"/>.</summary>
    public SchemaBindings Resolve(string coordinate, FieldResolver resolver)
    {
        _resolvers[coordinate] = resolver ?? throw new ArgumentNullException(nameof(resolver));
        return this;
    }

    /// <summary>Produces the source event stream of the subscription field at <paramref name="coordinate"/>
    /// (<c>Subscription.field</c>): <paramref name="subscriber"/> returns an <see cref="IAsyncEnumerable{T}"/>.</summary>
    public SchemaBindings Subscribe(string coordinate, FieldResolver subscriber)
    {
        _subscribers[coordinate] = subscriber ?? throw new ArgumentNullException(nameof(subscriber));
        return this;
    }

    /// <summary>Resolves the object type of values of the interface or union <paramref name="abstractType"/>.</summary>
    public SchemaBindings ResolveType(string abstractType, TypeResolver resolver)
    {
        _typeResolvers[abstractType] = resolver ?? throw new ArgumentNullException(nameof(resolver));
        return this;
    }

    /// <summary>Implements the custom scalar the SDL declares under <paramref name="scalar"/>'s name.</summary>
    public SchemaBindings Scalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Maps the enum value at <paramref name="coordinate"/> (<c>Enum.VALUE</c>) to an internal value.</summary>
    public SchemaBindings EnumValue(string coordinate, object value)
    {
        _enumValues[coordinate] = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    internal FieldResolver? FindResolver(string coordinate) => _resolvers.GetValueOrDefault(coordinate);

    internal FieldResolver? FindSubscriber(string coordinate) => _subscribers.GetValueOrDefault(coordinate);

    internal TypeResolver? FindTypeResolver(string type) => _typeResolvers.GetValueOrDefault(type);

    internal ScalarType? FindScalar(string name) => _scalars.GetValueOrDefault(name);

    internal object? FindEnumValue(string coordinate) => _enumValues.GetValueOrDefault(coordinate);

    /// <summary>Every bound name, for reporting bindings the SDL does not declare.</summary>
    internal IEnumerable<(string Kind, string Name)> AllBindings() =>
        _resolvers.Keys.Select(k => ("field resolver", k))
            .Concat(_subscribers.Keys.Select(k => ("field resolver", k)))
            .Concat(_typeResolvers.Keys.Select(k => ("type resolver", k)))
            .Concat(_scalars.Keys.Select(k => ("scalar", k)))
            .Concat(_enumValues.Keys.Select(k => ("enum value", k)));
}
