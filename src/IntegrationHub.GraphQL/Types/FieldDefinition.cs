using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Types;

/// <summary>A field of an object or interface type (spec 3.6).</summary>
public sealed class FieldDefinition
{
    private readonly Dictionary<string, InputValueDefinition> _argumentsByName;

    /// <summary>Defines a field. Without a <paramref name="resolver"/> the field reads the member of the same name
    /// from its parent value (<see cref="DefaultResolvers.Property"/>).</summary>
    public FieldDefinition(
        string name,
        GraphQLType type,
        IReadOnlyList<InputValueDefinition>? arguments = null,
        FieldResolver? resolver = null,
        string? description = null,
        string? deprecationReason = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Arguments = arguments ?? [];
        _argumentsByName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
        foreach (var argument in Arguments)
        {
            if (!_argumentsByName.TryAdd(argument.Name, argument))
            {
                throw new SchemaException($"Field \"{name}\" has more than one argument named \"{argument.Name}\".");
            }
        }

        Resolver = resolver ?? DefaultResolvers.Property;
        Description = description;
        DeprecationReason = deprecationReason;
    }

    /// <summary>The field's name, unique in its type.</summary>
    public string Name { get; }

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    /// <summary>Produces the field's value from its parent value and arguments.</summary>
    public FieldResolver Resolver { get; internal set; }

    /// <summary>For a root field of a subscription: produces the source event stream, an
    /// <see cref="IAsyncEnumerable{T}"/> of events (spec 6.2.3.1, ResolveFieldEventStream). Without one the stream
    /// is the root value's member of the field's name. Each event then resolves the field with
    /// <see cref="Resolver"/>, the event being its parent value.</summary>
    public FieldResolver? Subscriber { get; init; }

    /// <summary>The description; may contain Markdown.</summary>
    public string? Description { get; }

    /// <summary>Why it is deprecated (<c>@deprecated</c>); null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The directives applied in SDL, in source order.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    /// <summary>The SDL definition; null for a field built in code.</summary>
    public FieldDefinitionNode? SyntaxNode { get; internal set; }

    /// <summary>The object or interface type the field belongs to, set when that type is built; null for the
    /// introspection meta-fields, which belong to every type.</summary>
    public NamedType? DeclaringType { get; internal set; }

    /// <summary>The schema coordinate <c>Type.field</c>: the key that field access decisions, field middleware
    /// and audit records use. A meta-field's coordinate is its name alone.</summary>
    public string Coordinate => DeclaringType is null ? Name : $"{DeclaringType.Name}.{Name}";

    /// <summary>The argument called <paramref name="name"/>, or null.</summary>
    public InputValueDefinition? GetArgument(string name) => _argumentsByName.GetValueOrDefault(name);

    /// <inheritdoc />
    public override string ToString() => Coordinate;
}
