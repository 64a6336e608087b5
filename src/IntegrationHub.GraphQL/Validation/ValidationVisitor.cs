using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation;

/// <summary>What a rule does as the validator walks the document once. All rules share the walk; when
/// <see cref="Enter"/> returns false, only this rule stops looking below the node (the others and the type
/// information carry on), and it is not told when the node is left.</summary>
public abstract class ValidationVisitor
{
    /// <summary>Called before the node's children; the type information already describes the node.
    /// Returns false to skip the node's children for this rule only.</summary>
    public virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called after the node's children; the type information still describes the node.</summary>
    public virtual void Leave(SyntaxNode node)
    {
    }
}
