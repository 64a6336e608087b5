namespace IntegrationHub.GraphQL.Execution;

/// <summary>A position in the response (spec 7.1.2, "path"): a linked list from the field back to the root, so
/// that extending a path costs one small object and no copying.</summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, object key)
    {
        Parent = parent;
        Key = key;
    }

    /// <summary>The enclosing position; null at the root.</summary>
    public ResponsePath? Parent { get; }

    /// <summary>A response key (<see cref="string"/>) or a list index (<see cref="int"/>).</summary>
    public object Key { get; }

    /// <summary>A root field's path.</summary>
    public static ResponsePath Root(string responseKey) => new(null, responseKey);

    /// <summary>The path of a field of the object at this path.</summary>
    public ResponsePath Field(string responseKey) => new(this, responseKey);

    /// <summary>The path of an item of the list at this path.</summary>
    public ResponsePath Item(int index) => new(this, index);

    /// <summary>The keys from the root to here.</summary>
    public IReadOnlyList<object> ToList()
    {
        var keys = new List<object>();
        for (var node = this; node is not null; node = node.Parent)
        {
            keys.Add(node.Key);
        }

        keys.Reverse();
        return keys;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join('.', ToList().Select(key => key is int index ? $"[{index}]" : key));
}
