namespace IntegrationHub.GraphQL.Language;

/// <summary>Document : Definition+ (spec 2.2).</summary>
public sealed class DocumentNode(SourceSpan location, IReadOnlyList<DefinitionNode> definitions) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Document;

    /// <summary>The definitions in source order.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; } = Freeze(definitions);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList().AddAll("definitions", Definitions);
}

/// <summary>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension.</summary>
public abstract class DefinitionNode(SourceSpan location) : SyntaxNode(location);

/// <summary>ExecutableDefinition : OperationDefinition | FragmentDefinition.</summary>
public abstract class ExecutableDefinitionNode(SourceSpan location) : DefinitionNode(location)
{
    /// <summary>The description, which the September 2025 edition allows on operations (not the shorthand)
    /// and fragments; null when absent.</summary>
    public abstract StringValueNode? Description { get; }
}

/// <summary>Name :: NameStart NameContinue* (spec 2.1.9). Names are case-sensitive.</summary>
public sealed class NameNode(SourceSpan location, string value) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <summary>The name's text.</summary>
    public string Value { get; } = value;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => [];

    internal override bool HasSameValuesAs(SyntaxNode other) => ((NameNode)other).Value == Value;
}

/// <summary>Directive[Const] : @ Name Arguments[?Const]? (spec 2.12).</summary>
public sealed class DirectiveNode(SourceSpan location, NameNode name, IReadOnlyList<ArgumentNode> arguments)
    : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <summary>The directive's name, without the <c>@</c>.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The arguments; empty when there are none.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; } = Freeze(arguments);

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() =>
        new ChildList().Add("name", Name).AddAll("arguments", Arguments);
}

/// <summary>Argument[Const] : Name : Value[?Const] (spec 2.6).</summary>
public sealed class ArgumentNode(SourceSpan location, NameNode name, ValueNode value) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Argument;

    /// <summary>The argument's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The argument's value.</summary>
    public ValueNode Value { get; } = value;

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxChild> GetChildren() => new ChildList().Add("name", Name).Add("value", Value);
}
