using IntegrationHub.GraphQL.Introspection;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Execution;

/// <summary>What one operation of a validated document can touch, worked out once before any execution (and
/// cacheable with the document): the operation, its root type, and every field coordinate (<c>Type.field</c>, on
/// object types, as the executor resolves them) that any selection can reach, for every possible runtime type of
/// every abstract field. Access to fields can therefore be decided per coordinate, once per request, before a
/// single resolver runs.</summary>
public sealed class OperationPlan
{
    private OperationPlan(DocumentNode document, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyList<FieldDefinition> fields, bool usesIntrospection)
    {
        Document = document;
        Operation = operation;
        RootType = rootType;
        Fields = fields;
        Coordinates = [.. fields.Select(field => field.Coordinate)];
        UsesIntrospection = usesIntrospection;
    }

    /// <summary>The document the operation belongs to.</summary>
    public DocumentNode Document { get; }

    /// <summary>The operation.</summary>
    public OperationDefinitionNode Operation { get; }

    /// <summary>The operation's root type.</summary>
    public ObjectType RootType { get; }

    /// <summary>Every field of an object type the operation can resolve, in coordinate order; the meta-fields and
    /// the fields of the introspection types are left out (see <see cref="UsesIntrospection"/>).</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>The coordinates of <see cref="Fields"/>: <c>Household.members</c>, <c>Member.nationalId</c>.</summary>
    public IReadOnlyList<string> Coordinates { get; }

    /// <summary>Whether the operation selects <c>__schema</c> or <c>__type</c>.</summary>
    public bool UsesIntrospection { get; }

    /// <summary>Plans the operation <paramref name="operationName"/> (or the only one) of a validated document.</summary>
    /// <exception cref="GraphQLRequestException">No operation can be chosen, or the schema has no root type for it.</exception>
    public static OperationPlan Create(Schema schema, DocumentNode document, string? operationName)
    {
        var operation = Executor.GetOperation(document, operationName, out var error) ?? throw new GraphQLRequestException(error!);
        var rootType = schema.GetRootType(operation.Operation) ?? throw new GraphQLRequestException(GraphQLError.At(
            $"Schema is not configured to execute {Printer.Keyword(operation.Operation)} operation.", operation));
        var walker = new Walker(schema, document);
        walker.Visit(operation.SelectionSet, [rootType]);
        var fields = walker.Fields.OrderBy(field => field.Coordinate, StringComparer.Ordinal).ToList();
        return new OperationPlan(document, operation, rootType, fields, walker.UsesIntrospection);
    }

    /// <summary>Walks selections with the set of object types a value there can have.</summary>
    private sealed class Walker(Schema schema, DocumentNode document)
    {
        private readonly Dictionary<string, FragmentDefinitionNode> _fragments = document.Definitions
            .OfType<FragmentDefinitionNode>()
            .GroupBy(fragment => fragment.Name.Value)
            .ToDictionary(group => group.Key, group => group.First());

        // A selection set is walked once per set of possible types, so fragments shared across the document cost
        // one visit each, and repeated spreads cannot make the walk exponential.
        private readonly HashSet<(SelectionSetNode, string)> _visited = [];

        public HashSet<FieldDefinition> Fields { get; } = [];

        public bool UsesIntrospection { get; private set; }

        public void Visit(SelectionSetNode selectionSet, IReadOnlyCollection<ObjectType> possibleTypes)
        {
            if (possibleTypes.Count == 0 || !_visited.Add((selectionSet, Key(possibleTypes))))
            {
                return;
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        VisitField(field, possibleTypes);
                        break;
                    case InlineFragmentNode inline:
                        Visit(inline.SelectionSet, Narrow(possibleTypes, inline.TypeCondition));
                        break;
                    case FragmentSpreadNode spread when _fragments.TryGetValue(spread.Name.Value, out var fragment):
                        Visit(fragment.SelectionSet, Narrow(possibleTypes, fragment.TypeCondition));
                        break;
                }
            }
        }

        private void VisitField(FieldNode node, IReadOnlyCollection<ObjectType> possibleTypes)
        {
            var returned = new HashSet<ObjectType>();
            foreach (var type in possibleTypes)
            {
                var field = IntrospectionFields.Find(schema, type, node.Name.Value);
                if (field is null)
                {
                    continue;
                }

                if (field.DeclaringType is null)
                {
                    UsesIntrospection |= field != IntrospectionFields.TypeName;
                }
                else if (!field.DeclaringType.IsIntrospectionType)
                {
                    Fields.Add(field);
                }

                returned.UnionWith(schema.GetPossibleTypes(field.Type.Unwrapped));
            }

            if (node.SelectionSet is not null)
            {
                Visit(node.SelectionSet, returned);
            }
        }

        private IReadOnlyCollection<ObjectType> Narrow(IReadOnlyCollection<ObjectType> possibleTypes, NamedTypeNode? condition)
        {
            if (condition is null)
            {
                return possibleTypes;
            }

            var conditionType = schema.GetType(condition.Name.Value);
            return conditionType is null ? [] : possibleTypes.Where(schema.GetPossibleTypes(conditionType).Contains).ToList();
        }

        private static string Key(IReadOnlyCollection<ObjectType> types) =>
            string.Join(',', types.Select(type => type.Name).Order(StringComparer.Ordinal));
    }
}

/// <summary>A request that cannot be executed (no operation to run, say): the error is a request error, and the
/// response has no data.</summary>
public sealed class GraphQLRequestException(GraphQLError error) : Exception(error.Message)
{
    /// <summary>The request error.</summary>
    public GraphQLError Error { get; } = error;
}
