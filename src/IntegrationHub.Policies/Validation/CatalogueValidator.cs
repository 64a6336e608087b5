using FluentValidation;

namespace IntegrationHub.Policies;

/// <summary>Checks the catalogue on its own: unique purposes and scopes, each coordinate in exactly one scope (so a
/// field's guarding scope is a function), and, once a schema is given, only coordinates the schema has.</summary>
internal sealed class CatalogueValidator : AbstractValidator<CatalogueDefinition>
{
    public CatalogueValidator(ISchemaCoordinates? schema)
    {
        RuleFor(catalogue => catalogue.Purposes)
            .Custom((purposes, context) => context.ReportDuplicates(purposes.Select(purpose => purpose.Code), "purpose"));
        RuleFor(catalogue => catalogue.Scopes)
            .Custom((scopes, context) => context.ReportDuplicates(scopes.Select(scope => scope.Name), "scope"));
        RuleFor(catalogue => catalogue.Scopes).Custom(ReportCoordinatesInTwoScopes);
        if (schema is not null)
        {
            RuleFor(catalogue => catalogue.Scopes).Custom((scopes, context) => ReportUnknownCoordinates(scopes, schema, context));
        }
    }

    private static void ReportCoordinatesInTwoScopes(IReadOnlyList<ScopeDefinition> scopes, ValidationContext<CatalogueDefinition> context)
    {
        var owner = new Dictionary<string, ScopeDefinition>(StringComparer.Ordinal);
        foreach (var scope in scopes)
        {
            foreach (var field in scope.Fields)
            {
                if (!owner.TryAdd(field.Value, scope) && owner[field.Value] != scope)
                {
                    context.Report(PolicyErrorCode.CoordinateInTwoScopes, field.Location,
                        $"The field \"{field.Value}\" is already opened by scope \"{owner[field.Value].Name.Value}\"; a field belongs to exactly one scope.");
                }
            }
        }
    }

    private static void ReportUnknownCoordinates(IReadOnlyList<ScopeDefinition> scopes, ISchemaCoordinates schema, ValidationContext<CatalogueDefinition> context)
    {
        foreach (var field in scopes.SelectMany(scope => scope.Fields).Where(field => !schema.Contains(field.Value)))
        {
            context.Report(PolicyErrorCode.UnknownCoordinate, field.Location, $"The schema has no field \"{field.Value}\".");
        }
    }
}
