namespace IntegrationHub.GraphQL.Types;

/// <summary>An input object type (spec 3.10): named input fields, given as a function called once on first use
/// so that input types can refer to each other. A <c>@oneOf</c> input object (spec 3.10.1) takes exactly one
/// field, non-null.</summary>
public sealed class InputObjectType : NamedType
{
    private readonly Lazy<(IReadOnlyList<InputValueDefinition> InOrder, Dictionary<string, InputValueDefinition> ByName)> _fields;

    /// <summary>Defines an input object.</summary>
    public InputObjectType(string name, Func<IEnumerable<InputValueDefinition>> fields, string? description = null, bool isOneOf = false)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(fields);
        IsOneOf = isOneOf;
        _fields = new(() =>
        {
            IReadOnlyList<InputValueDefinition> inOrder = [.. fields()];
            var byName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
            foreach (var field in inOrder)
            {
                if (!byName.TryAdd(field.Name, field))
                {
                    throw new SchemaException($"Input object \"{name}\" has more than one field named \"{field.Name}\".");
                }

                field.Coordinate = $"{name}.{field.Name}";
            }

            return (inOrder, byName);
        });
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Whether exactly one field must be given (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; }

    /// <summary>The input fields in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields => _fields.Value.InOrder;

    /// <summary>The input field called <paramref name="name"/>, or null.</summary>
    public InputValueDefinition? GetField(string name) => _fields.Value.ByName.GetValueOrDefault(name);
}
