using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Building;

/// <summary>Builds a schema from SDL text (spec 3): type definitions and their extensions, directive
/// definitions, the schema definition or the conventional root type names, bound to code through
/// <see cref="SchemaBindings"/>. Every problem is collected and reported at once, with SDL locations.</summary>
public static class SdlSchemaBuilder
{
    /// <summary>Parses <paramref name="sdl"/> and builds a valid schema from it.</summary>
    /// <exception cref="GraphQLSyntaxException">The SDL does not parse.</exception>
    /// <exception cref="SchemaException">The SDL parses but does not describe a valid schema.</exception>
    public static Schema Build(string sdl, SchemaBindings? bindings = null, ParserOptions? parserOptions = null) =>
        Build(Parser.Parse(sdl, parserOptions), bindings);

    /// <summary>Builds a valid schema from a parsed SDL document.</summary>
    /// <exception cref="SchemaException">The document does not describe a valid schema.</exception>
    public static Schema Build(DocumentNode document, SchemaBindings? bindings = null)
    {
        var context = new SdlBuildContext(document, bindings ?? new SchemaBindings());
        var schema = context.Build();
        var errors = context.Errors.Count > 0 ? context.Errors : SchemaValidator.Validate(schema);
        return errors.Count > 0 ? throw new SchemaException(errors) : schema;
    }
}
