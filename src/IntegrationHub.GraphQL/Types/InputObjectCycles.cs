namespace IntegrationHub.GraphQL.Types;

/// <summary>An input object may not reach itself through non-null, non-list fields only: no finite value could
/// be written for it (spec 3.10, Circular References).</summary>
internal static class InputObjectCycles
{
    public static void Find(Schema schema, List<SchemaError> errors)
    {
        var visited = new HashSet<InputObjectType>();
        foreach (var input in schema.Types.OfType<InputObjectType>())
        {
            var path = new List<InputValueDefinition>();
            var pathIndex = new Dictionary<InputObjectType, int> { [input] = 0 };
            Visit(input, visited, path, pathIndex, errors);
        }
    }

    private static void Visit(
        InputObjectType input,
        HashSet<InputObjectType> visited,
        List<InputValueDefinition> path,
        Dictionary<InputObjectType, int> pathIndex,
        List<SchemaError> errors)
    {
        if (!visited.Add(input))
        {
            return;
        }

        foreach (var field in input.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType target })
            {
                continue;
            }

            path.Add(field);
            if (pathIndex.TryGetValue(target, out var start))
            {
                var cycle = path.Skip(start).ToList();
                errors.Add(SchemaValidator.Error(
                    $"Cannot reference Input Object \"{target.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cycle.Select(f => f.Name))}\".",
                    [.. cycle.Select(f => f.SyntaxNode)]));
            }
            else
            {
                pathIndex[target] = path.Count;
                Visit(target, visited, path, pathIndex, errors);
                pathIndex.Remove(target);
            }

            path.RemoveAt(path.Count - 1);
        }
    }
}
