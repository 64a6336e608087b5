using IntegrationHub.GraphQL.AspNetCore.Caching;
using IntegrationHub.GraphQL.AspNetCore.Documents;
using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.AspNetCore.Limits;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;
using IntegrationHub.GraphQL.Validation;

namespace IntegrationHub.GraphQL.AspNetCore.Execution;

/// <summary>Parses and validates documents against one schema, with the limits of <see cref="GraphQLHttpOptions"/>,
/// and caches the outcome (with the operation plans made later) by document id. Validation depends on the schema
/// and on whether the caller may introspect, so each preparer serves one schema and keeps one cache per
/// introspection permission.</summary>
internal sealed class DocumentPreparer
{
    private readonly Schema _schema;
    private readonly ParserOptions _parserOptions;
    private readonly Variant _introspecting;
    private readonly Variant _notIntrospecting;

    public DocumentPreparer(Schema schema, GraphQLHttpOptions options)
    {
        _schema = schema;
        _parserOptions = new ParserOptions { MaxTokens = options.MaxTokens };
        IReadOnlyList<IValidationRule> rules =
        [
            .. SpecifiedRules.All,
            new SelectionDepthRule(options.MaxSelectionDepth),
            new AliasLimitRule(options.MaxAliases),
            new RootFieldLimitRule(options.MaxRootFields),
        ];
        var reason = options.Introspection == IntrospectionMode.Off ? "disabled on this server" : "not permitted for this caller";
        _introspecting = new Variant(rules, options.DocumentCacheSize);
        _notIntrospecting = new Variant([.. rules, new IntrospectionRule(reason)], options.DocumentCacheSize);
    }

    /// <summary>The parsed and validated document for <paramref name="source"/>, from the cache when it is there.</summary>
    public PreparedDocument Prepare(GraphQLDocumentSource source, bool mayIntrospect)
    {
        var variant = mayIntrospect ? _introspecting : _notIntrospecting;
        return variant.Cache.GetOrAdd(source.Id, _ => Prepare(source.Text, variant.Rules));
    }

    private PreparedDocument Prepare(string text, IReadOnlyList<IValidationRule> rules)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text, _parserOptions);
        }
        catch (GraphQLSyntaxException syntaxError)
        {
            return PreparedDocument.Refused(
            [
                new GraphQLRequestError(RequestFailure.DocumentSyntax, GraphQLErrorCodes.ParseFailed, syntaxError.Message, [syntaxError.Position]),
            ]);
        }

        var errors = DocumentValidator.Validate(_schema, document, rules);
        return errors.Count == 0
            ? PreparedDocument.Valid(_schema, document)
            : PreparedDocument.Refused([.. errors.Select(ToRequestError)]);
    }

    // The limit rules put their own code on their errors; the specification's rules have none.
    private static GraphQLRequestError ToRequestError(GraphQLError error) =>
        new(RequestFailure.DocumentValidation,
            error.Extensions?.GetValueOrDefault("code") as string ?? GraphQLErrorCodes.ValidationFailed,
            error.Message,
            error.Locations);

    private sealed class Variant(IReadOnlyList<IValidationRule> rules, int cacheSize)
    {
        public IReadOnlyList<IValidationRule> Rules { get; } = rules;

        public BoundedDocumentCache<PreparedDocument> Cache { get; } = new(cacheSize);
    }
}
