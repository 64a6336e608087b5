namespace IntegrationHub.Policies;

/// <summary>Every scope and purpose the policy set knows, with the one scope that guards each field coordinate.</summary>
public sealed class ScopeCatalogue
{
    private readonly Dictionary<string, Scope> _scopes;
    private readonly Dictionary<string, Scope> _scopeByField;
    private readonly Dictionary<string, Purpose> _purposes;

    /// <summary>Builds the catalogue; the loader has already rejected duplicate names and coordinates.</summary>
    public ScopeCatalogue(IEnumerable<Scope> scopes, IEnumerable<Purpose> purposes)
    {
        _scopes = scopes.ToDictionary(scope => scope.Name, StringComparer.Ordinal);
        _scopeByField = _scopes.Values
            .SelectMany(scope => scope.Fields, (scope, field) => (scope, field))
            .ToDictionary(pair => pair.field, pair => pair.scope, StringComparer.Ordinal);
        _purposes = purposes.ToDictionary(purpose => purpose.Code, StringComparer.Ordinal);
    }

    /// <summary>The scopes, in name order.</summary>
    public IReadOnlyList<Scope> Scopes => _scopes.Values.OrderBy(scope => scope.Name, StringComparer.Ordinal).ToList();

    /// <summary>The purposes, in code order.</summary>
    public IReadOnlyList<Purpose> Purposes => _purposes.Values.OrderBy(purpose => purpose.Code, StringComparer.Ordinal).ToList();

    /// <summary>The scope with this name, or null.</summary>
    public Scope? FindScope(string name) => _scopes.GetValueOrDefault(name);

    /// <summary>The purpose with this code, or null.</summary>
    public Purpose? FindPurpose(string code) => _purposes.GetValueOrDefault(code);

    /// <summary>The scope a request needs to read <paramref name="coordinate"/>, or null when no scope opens it
    /// (then no client may read it).</summary>
    public Scope? ScopeGuarding(string coordinate) => _scopeByField.GetValueOrDefault(coordinate);
}
