using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, what the schema says about the current position: the output type
/// being selected from, the field, the input type a value must have, the argument or input field and its
/// default, and the directive. Call <see cref="Enter"/> before a node's children and <see cref="Leave"/> after
/// them. Positions the schema does not know (an unknown field, an argument of an unknown directive) read as
/// null, so rules report the unknown thing once and stay silent below it.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly Stack<GraphQLType?> _types = new();
    private readonly Stack<NamedType?> _parentTypes = new();
    private readonly Stack<GraphQLType?> _inputTypes = new();
    private readonly Stack<FieldDefinition?> _fields = new();
    private readonly Stack<ValueNode?> _defaultValues = new();
    private bool _inDirective;

    /// <summary>The schema the document is read against.</summary>
    public Schema Schema { get; } = schema;

    /// <summary>The output type of the current field, fragment or operation; null when unknown.</summary>
    public GraphQLType? Type => Peek(_types);

    /// <summary>The composite type whose selection set is being walked; null when unknown or not composite.</summary>
    public NamedType? ParentType => Peek(_parentTypes);

    /// <summary>The type the current input value must have; null when unknown.</summary>
    public GraphQLType? InputType => Peek(_inputTypes);

    /// <summary>The input type of the value enclosing the current one (the list or input object); null when the
    /// current value is not nested or the enclosing type is unknown.</summary>
    public GraphQLType? ParentInputType => _inputTypes.Count < 2 ? null : _inputTypes.ElementAt(1);

    /// <summary>The definition of the current field; null when unknown.</summary>
    public FieldDefinition? FieldDefinition => Peek(_fields);

    /// <summary>The default of the argument or input field whose value is current; null when it has none (a
    /// default of <c>null</c> is a <see cref="NullValueNode"/>).</summary>
    public ValueNode? DefaultValue => Peek(_defaultValues);

    /// <summary>The directive being walked; null outside directives or when unknown.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The argument being walked; null outside arguments or when unknown.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>Updates the position for entering <paramref name="node"/>.</summary>
    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.Unwrapped;
                _parentTypes.Push(named is ComplexType or UnionType ? named : null);
                break;
            case FieldNode field:
                var definition = ParentType is { } parent ? FieldLookup.Find(Schema, parent, field.Name.Value) : null;
                _fields.Push(definition);
                _types.Push(definition?.Type);
                break;
            case DirectiveNode directive:
                _inDirective = true;
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _types.Push(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                _types.Push(inline.TypeCondition is null ? Type?.Unwrapped : OutputTypeOf(inline.TypeCondition));
                break;
            case FragmentDefinitionNode fragment:
                _types.Push(OutputTypeOf(fragment.TypeCondition));
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeFromSyntax.Resolve(Schema, variable.Type);
                _inputTypes.Push(variableType is { IsInputType: true } ? variableType : null);
                break;
            case ArgumentNode argument:
                Argument = FindArgument(argument.Name.Value);
                _defaultValues.Push(Argument?.DefaultValue);
                _inputTypes.Push(Argument is { Type.IsInputType: true } ? Argument.Type : null);
                break;
            case ListValueNode:
                // A list literal where no list is expected has no known item type: it is wrong as a whole.
                _defaultValues.Push(null);
                _inputTypes.Push(InputType?.Nullable is ListType list ? list.OfType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.Unwrapped as InputObjectType)?.GetField(objectField.Name.Value);
                _defaultValues.Push(inputField?.DefaultValue);
                _inputTypes.Push(inputField is { Type.IsInputType: true } ? inputField.Type : null);
                break;
        }
    }

    /// <summary>Restores the position from before <paramref name="node"/> was entered.</summary>
    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypes.Pop();
                break;
            case FieldNode:
                _fields.Pop();
                _types.Pop();
                break;
            case DirectiveNode:
                _inDirective = false;
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                _types.Pop();
                break;
            case VariableDefinitionNode:
                _inputTypes.Pop();
                break;
            case ArgumentNode:
                Argument = null;
                _defaultValues.Pop();
                _inputTypes.Pop();
                break;
            case ListValueNode or ObjectFieldNode:
                _defaultValues.Pop();
                _inputTypes.Pop();
                break;
        }
    }

    // An argument inside an unknown directive is unknown too, not the enclosing field's argument of that name.
    private InputValueDefinition? FindArgument(string name) =>
        _inDirective ? Directive?.GetArgument(name) : FieldDefinition?.GetArgument(name);

    private NamedType? OutputTypeOf(NamedTypeNode typeCondition) =>
        Schema.GetType(typeCondition.Name.Value) is { IsOutputType: true } type ? type : null;

    private static T? Peek<T>(Stack<T?> stack) where T : class => stack.Count == 0 ? null : stack.Peek();
}
