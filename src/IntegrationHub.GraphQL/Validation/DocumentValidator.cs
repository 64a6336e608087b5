using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation;

/// <summary>Validates an executable document against a schema (spec 5): every rule looks at the document in
/// one shared walk, and the errors come back in the order they were found.</summary>
public static class DocumentValidator
{
    /// <summary>The message of the error that ends validation once <c>maxErrors</c> errors have been found.</summary>
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>Checks <paramref name="document"/> against <paramref name="schema"/> with <paramref name="rules"/>
    /// (the specified rules when null). After <paramref name="maxErrors"/> errors, validation stops and one more
    /// error, <see cref="TooManyErrorsMessage"/>, ends the list, so a hostile document cannot make the
    /// response arbitrarily large. An empty list means the document is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null,
        int maxErrors = 100)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(maxErrors);

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(new GraphQLError(TooManyErrorsMessage));
                throw new ValidationAbortedException();
            }

            errors.Add(error);
        });

        var visitors = (rules ?? SpecifiedRules.All).Select(rule => rule.CreateVisitor(context)).ToArray();
        try
        {
            SyntaxWalker.Walk(document, new ParallelVisitor(context, visitors));
        }
        catch (ValidationAbortedException)
        {
            // The limit was reached; the errors so far and the closing error are the result.
        }

        return errors;
    }

    /// <summary>Runs the rules' visitors side by side, keeping the type information in step and honouring each
    /// rule's own decision to skip a node's children.</summary>
    private sealed class ParallelVisitor(ValidationContext context, ValidationVisitor[] visitors) : SyntaxVisitor
    {
        private readonly TypeInfo _typeInfo = context.TypeInfo;
        private readonly SyntaxNode?[] _skipping = new SyntaxNode?[visitors.Length];

        public override VisitAction Enter(SyntaxNode node, SyntaxPath path)
        {
            if (IsDescription(path))
            {
                return VisitAction.SkipChildren;
            }

            context.Path = path;
            _typeInfo.Enter(node);
            for (var i = 0; i < visitors.Length; i++)
            {
                if (_skipping[i] is null && !visitors[i].Enter(node))
                {
                    _skipping[i] = node;
                }
            }

            return VisitAction.Continue;
        }

        public override void Leave(SyntaxNode node, SyntaxPath path)
        {
            if (IsDescription(path))
            {
                return;
            }

            context.Path = path;
            for (var i = 0; i < visitors.Length; i++)
            {
                if (_skipping[i] is null)
                {
                    visitors[i].Leave(node);
                }
                else if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                }
            }

            _typeInfo.Leave(node);
        }

        // A description (of an operation, fragment or variable) is documentation written as a string, not an
        // input value: no rule looks at it, and it must not be read as the default of the variable it
        // describes.
        private static bool IsDescription(SyntaxPath path) => path.Steps is [.., { Slot: "description" }];
    }

    private sealed class ValidationAbortedException : Exception;
}
