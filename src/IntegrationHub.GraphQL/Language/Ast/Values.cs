namespace IntegrationHub.GraphQL.Language;

/// <summary>Value[Const] (spec 2.9): a variable (only where not Const), a scalar literal, an enum value, a list
/// or an input object. The parser rejects variables where the grammar asks for a constant.</summary>
public abstract class ValueNode(SourceSpan location) : SyntaxNode(location);

/// <summary>IntValue (spec 2.9.1). The text is kept as written; range checks belong to input coercion.</summary>
public sealed class IntValueNode(SourceSpan location, string value) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal's text, e.g. <c>-12</c>.</summary>
    public string Value { get; } = value;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => [];

    internal override bool HasSameValuesAs(SyntaxNode other) => ((IntValueNode)other).Value == Value;
}

/// <summary>FloatValue (spec 2.9.2). The text is kept as written.</summary>
public sealed class FloatValueNode(SourceSpan location, string value) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal's text, e.g. <c>6.0221e23</c>.</summary>
    public string Value { get; } = value;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => [];

    internal override bool HasSameValuesAs(SyntaxNode other) => ((FloatValueNode)other).Value == Value;
}

/// <summary>StringValue (spec 2.9.4), quoted or block; also used for descriptions.</summary>
public sealed class StringValueNode(SourceSpan location, string value, bool block) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The decoded value: escapes resolved, block indentation removed.</summary>
    public string Value { get; } = value;

    /// <summary>Whether the source wrote it as a block string. Presentation only, like the location, so
    /// structural equality ignores it.</summary>
    public bool Block { get; } = block;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => [];

    internal override bool HasSameValuesAs(SyntaxNode other) => ((StringValueNode)other).Value == Value;
}

/// <summary>BooleanValue : one of <c>true</c> <c>false</c> (spec 2.9.3).</summary>
public sealed class BooleanValueNode(SourceSpan location, bool value) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    /// <summary>The value.</summary>
    public bool Value { get; } = value;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => [];

    internal override bool HasSameValuesAs(SyntaxNode other) => ((BooleanValueNode)other).Value == Value;
}

/// <summary>NullValue : <c>null</c> (spec 2.9.5).</summary>
public sealed class NullValueNode(SourceSpan location) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NullValue;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => [];
}

/// <summary>EnumValue : Name but not <c>true</c>, <c>false</c> or <c>null</c> (spec 2.9.6).</summary>
public sealed class EnumValueNode(SourceSpan location, string value) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <summary>The enum value's name.</summary>
    public string Value { get; } = value;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => [];

    internal override bool HasSameValuesAs(SyntaxNode other) => ((EnumValueNode)other).Value == Value;
}

/// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ] (spec 2.9.7).</summary>
public sealed class ListValueNode(SourceSpan location, IReadOnlyList<ValueNode> values) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    /// <summary>The items in order; may be empty.</summary>
    public IReadOnlyList<ValueNode> Values { get; } = Freeze(values);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList().AddAll("values", Values);
}

/// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ } (spec 2.9.8).</summary>
public sealed class ObjectValueNode(SourceSpan location, IReadOnlyList<ObjectFieldNode> fields) : ValueNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    /// <summary>The fields in source order; may be empty. Uniqueness of names is a validation rule.</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = Freeze(fields);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList().AddAll("fields", Fields);
}

/// <summary>ObjectField[Const] : Name : Value[?Const] (spec 2.9.8).</summary>
public sealed class ObjectFieldNode(SourceSpan location, NameNode name, ValueNode value) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    /// <summary>The field's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The field's value.</summary>
    public ValueNode Value { get; } = value;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList().Add("name", Name).Add("value", Value);
}
