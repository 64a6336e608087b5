using IntegrationHub.GraphQL.Types;
using IntegrationHub.Policies;

namespace IntegrationHub.Tests.Access.Table;

/// <summary>Finds, for a field coordinate, a path of selections from <c>Query</c> that reaches it, over the hub's
/// schema: the cheapest by a small cost model (Dijkstra over object types). A step costs 1; a root field that names
/// one record by id costs <see cref="OneRecordCost"/>, so that a list of all demo records is preferred (more
/// values to check); a field guarded by the withheld scope costs <see cref="WithheldCost"/>, so that a path avoids
/// the scope under test whenever the schema allows, and the refusal lands on the coordinate itself. Only object
/// types are walked: every guarded coordinate is reachable without crossing an interface.</summary>
public sealed class FieldPathFinder(Schema schema, ScopeCatalogue catalogue, SampleRecords samples)
{
    private const long OneRecordCost = 100;
    private const long WithheldCost = 10_000;

    /// <summary>The path to <paramref name="coordinate"/>, avoiding fields of <paramref name="withheldScope"/>
    /// before the target where the schema allows.</summary>
    /// <exception cref="InvalidOperationException">No path reaches the coordinate.</exception>
    public FieldPath Find(string coordinate, string? withheldScope)
    {
        var (typeName, fieldName) = Split(coordinate);
        var type = schema.GetType(typeName) as ObjectType
            ?? throw new InvalidOperationException($"The catalogue names {coordinate}, but {typeName} is not an object type of the schema.");
        var field = type.GetField(fieldName) ?? throw new InvalidOperationException($"The schema has no field {coordinate}.");
        var prefix = type == schema.Query ? [] : CheapestPathTo(type, withheldScope).Steps;
        var target = StepFor(field) ?? throw new InvalidOperationException($"No argument values are known for {coordinate}.");
        return new FieldPath([.. prefix, target.Step]);
    }

    private FieldPath CheapestPathTo(ObjectType goal, string? withheldScope)
    {
        var best = new Dictionary<string, long>(StringComparer.Ordinal) { [schema.Query!.Name] = 0 };
        var queue = new PriorityQueue<(ObjectType Type, FieldPath Path), long>();
        queue.Enqueue((schema.Query, new FieldPath([])), 0);
        while (queue.TryDequeue(out var current, out var cost))
        {
            if (current.Type == goal)
            {
                return current.Path;
            }

            if (cost > best[current.Type.Name])
            {
                continue;
            }

            foreach (var field in current.Type.Fields)
            {
                if (field.Type.Unwrapped is not ObjectType next || StepFor(field) is not { } step)
                {
                    continue;
                }

                var withheld = withheldScope is not null && catalogue.ScopeGuarding(field.Coordinate)?.Name == withheldScope;
                var nextCost = cost + step.Cost + (withheld ? WithheldCost : 0);
                if (!best.TryGetValue(next.Name, out var known) || nextCost < known)
                {
                    best[next.Name] = nextCost;
                    queue.Enqueue((next, new FieldPath([.. current.Path.Steps, step.Step])), nextCost);
                }
            }
        }

        throw new InvalidOperationException($"No path from Query reaches {goal.Name}.");
    }

    /// <summary>The field with argument values, or null when it needs one the table cannot give: an id is the
    /// sample record's of the field's type, an area code the sample province, and a page takes every demo
    /// household's worth.</summary>
    private (PathStep Step, long Cost)? StepFor(FieldDefinition field)
    {
        var arguments = new List<string>();
        var cost = 1L;
        foreach (var argument in field.Arguments)
        {
            var required = argument.Type is NonNullType && argument.DefaultValue is null;
            string? value = argument.Name switch
            {
                "first" => samples.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "areaCode" when required => Quote(samples.Province),
                "id" when required && samples.IdOf(field.Type.Unwrapped.Name) is { } id => Quote(id),
                _ => null,
            };
            if (value is null)
            {
                if (required)
                {
                    return null;
                }

                continue;
            }

            arguments.Add($"{argument.Name}: {value}");
            cost += argument.Name == "id" ? OneRecordCost : 0;
        }

        return (new PathStep(field, string.Join(", ", arguments)), cost);
    }

    private static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static (string Type, string Field) Split(string coordinate)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        return (coordinate[..dot], coordinate[(dot + 1)..]);
    }
}
