using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Tests.Access.Table;

/// <summary>One field selected on the way down from <c>Query</c>, with the argument text it is selected with
/// (empty for none). Its name is its response key: a path selects each field with one set of arguments only.</summary>
public sealed record PathStep(FieldDefinition Field, string Arguments)
{
    /// <summary>The field's coordinate, <c>Type.field</c>.</summary>
    public string Coordinate => Field.Coordinate;

    /// <summary>The field as a selection writes it: <c>households(first: 200)</c>.</summary>
    public string Selection => Arguments.Length == 0 ? Field.Name : $"{Field.Name}({Arguments})";
}

/// <summary>The fields a query selects, from a root field of <c>Query</c> to the field under test (the last step).</summary>
public sealed record FieldPath(IReadOnlyList<PathStep> Steps)
{
    /// <summary>The field under test.</summary>
    public PathStep Target => Steps[^1];

    /// <summary>The path up to and including the step at <paramref name="index"/>.</summary>
    public FieldPath Prefix(int index) => new([.. Steps.Take(index + 1)]);

    /// <inheritdoc />
    public override string ToString() => string.Join(" > ", Steps.Select(step => step.Selection));
}
