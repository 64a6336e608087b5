namespace IntegrationHub.GraphQL.Execution;

/// <summary>An object in the response: response keys and their completed values, in the order of the selection
/// set (spec 6.3, "ordered map"). Values are serialized leaves, nested <see cref="ResultMap"/>s, lists
/// (<see cref="object"/>[]) or null. Two arrays, not a dictionary: lookups by key are never needed.</summary>
public sealed class ResultMap
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    internal ResultMap(int capacity)
    {
        _keys = new string[capacity];
        _values = new object?[capacity];
    }

    /// <summary>How many entries there are.</summary>
    public int Count { get; private set; }

    /// <summary>The key of entry <paramref name="index"/>.</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value of entry <paramref name="index"/>.</summary>
    public object? ValueAt(int index) => _values[index];

    /// <summary>The value of the entry called <paramref name="key"/>, for tests and tools; null when absent.</summary>
    public object? this[string key] => Array.IndexOf(_keys, key, 0, Count) is var i and >= 0 ? _values[i] : null;

    internal int Add(string key)
    {
        _keys[Count] = key;
        return Count++;
    }

    internal void Set(int index, object? value) => _values[index] = value;
}
