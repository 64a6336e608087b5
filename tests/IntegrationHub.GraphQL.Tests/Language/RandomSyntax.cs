using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Tests.Language;

/// <summary>Builds random but grammatical syntax trees, for property-style tests of the printer and parser.
/// Seeded, so a failure names a seed that reproduces it.</summary>
internal sealed class RandomSyntax(int seed)
{
    private static readonly string[] Names = ["a", "b", "household", "query", "type", "fragment", "on", "true", "null", "_x9", "Node"];
    private static readonly string[] TextPieces =
        ["plain", " ", "  ", "\n", "\"", "\"\"\"", "\\", "\t", "\u0007", "ก", "\uD83D\uDE00", "\r", "é", "/", "{", "#"];
    private static readonly string[] Locations = ["QUERY", "FIELD", "OBJECT", "ENUM_VALUE", "INPUT_FIELD_DEFINITION"];

    private readonly Random _random = new(seed);

    public DocumentNode Document()
    {
        var definitions = Many(1, 4, Definition);
        return new DocumentNode(default, definitions);
    }

    private DefinitionNode Definition() => _random.Next(9) switch
    {
        0 => Operation(),
        1 => new FragmentDefinitionNode(default, Description(), new NameNode(default, NameBut("on")), NamedType(), Directives(false), SelectionSet(2)),
        2 => new ObjectTypeDefinitionNode(default, Description(), Name(), Many(0, 2, NamedType), Directives(true), Many(0, 3, FieldDefinition)),
        3 => new InterfaceTypeExtensionNode(default, Name(), Many(1, 2, NamedType), Directives(true), Many(0, 2, FieldDefinition)),
        4 => new UnionTypeDefinitionNode(default, Description(), Name(), Directives(true), Many(0, 3, NamedType)),
        5 => new EnumTypeDefinitionNode(default, Description(), Name(), Directives(true), Many(0, 3, EnumValueDefinition)),
        6 => new InputObjectTypeDefinitionNode(default, Description(), Name(), Directives(true), Many(0, 3, InputValueDefinition)),
        7 => new DirectiveDefinitionNode(default, Description(), Name(), Many(0, 2, InputValueDefinition), _random.Next(2) == 0, Many(1, 3, () => new NameNode(default, Pick(Locations)))),
        _ => new SchemaDefinitionNode(default, Description(), Directives(true), Many(1, 3, () => new RootOperationTypeDefinitionNode(default, Pick(Enum.GetValues<OperationType>()), NamedType()))),
    };

    private OperationDefinitionNode Operation()
    {
        var operation = Pick(Enum.GetValues<OperationType>());
        var variables = Many(0, 3, () => new VariableDefinitionNode(
            default, Description(), new VariableNode(default, Name()), Type(2), Maybe(() => Value(true, 2)), Directives(true)));
        return new OperationDefinitionNode(default, Description(), operation, Maybe(Name), variables, Directives(false), SelectionSet(3));
    }

    private SelectionSetNode SelectionSet(int depth) => new(default, Many(1, 3, () => Selection(depth)));

    private SelectionNode Selection(int depth) => _random.Next(4) switch
    {
        0 => new FragmentSpreadNode(default, new NameNode(default, NameBut("on")), Directives(false)),
        1 => new InlineFragmentNode(default, Maybe(NamedType), Directives(false), SelectionSet(depth - 1)),
        _ => new FieldNode(default, Maybe(Name), Name(), Arguments(false), Directives(false), depth > 0 ? Maybe(() => SelectionSet(depth - 1)) : null),
    };

    private FieldDefinitionNode FieldDefinition() =>
        new(default, Description(), Name(), Many(0, 2, InputValueDefinition), Type(2), Directives(true));

    private InputValueDefinitionNode InputValueDefinition() =>
        new(default, Description(), Name(), Type(2), Maybe(() => Value(true, 2)), Directives(true));

    private EnumValueDefinitionNode EnumValueDefinition() =>
        new(default, Description(), new NameNode(default, NameBut("true", "false", "null")), Directives(true));

    private List<DirectiveNode> Directives(bool isConst) =>
        Many(0, 2, () => new DirectiveNode(default, Name(), Arguments(isConst)));

    private List<ArgumentNode> Arguments(bool isConst) =>
        Many(0, 2, () => new ArgumentNode(default, Name(), Value(isConst, 2)));

    private ValueNode Value(bool isConst, int depth) => _random.Next(isConst ? 9 : 10) switch
    {
        0 => new IntValueNode(default, _random.Next(-1000, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        1 => new FloatValueNode(default, Pick(["1.5", "-0.0", "6.02e23", "1E-7", "-3.25e+2"])),
        2 => new StringValueNode(default, Text(), _random.Next(2) == 0),
        3 => new BooleanValueNode(default, _random.Next(2) == 0),
        4 => new NullValueNode(default),
        5 => new EnumValueNode(default, NameBut("true", "false", "null")),
        6 when depth > 0 => new ListValueNode(default, Many(0, 3, () => Value(isConst, depth - 1))),
        7 when depth > 0 => new ObjectValueNode(default, Many(0, 3, () => new ObjectFieldNode(default, Name(), Value(isConst, depth - 1)))),
        9 => new VariableNode(default, Name()),
        _ => new EnumValueNode(default, "FALLBACK"),
    };

    private TypeNode Type(int depth)
    {
        TypeNode nullable = depth > 0 && _random.Next(3) == 0 ? new ListTypeNode(default, Type(depth - 1)) : NamedType();
        return _random.Next(2) == 0 ? new NonNullTypeNode(default, nullable) : nullable;
    }

    private NamedTypeNode NamedType() => new(default, Name());

    private StringValueNode? Description() => Maybe(() => new StringValueNode(default, Text(), _random.Next(2) == 0));

    private string Text() => string.Concat(Many(0, 6, () => Pick(TextPieces)));

    private NameNode Name() => new(default, Pick(Names));

    private string NameBut(params string[] excluded) => Pick(Names.Except(excluded).ToArray());

    private T Pick<T>(T[] choices) => choices[_random.Next(choices.Length)];

    private T? Maybe<T>(Func<T> create)
        where T : class => _random.Next(2) == 0 ? create() : null;

    private List<T> Many<T>(int min, int max, Func<T> create) =>
        Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => create()).ToList();
}
