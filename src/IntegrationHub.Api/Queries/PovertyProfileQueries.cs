using IntegrationHub.Api.Access;
using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Profiles;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Queries;

/// <summary>The <c>Query</c> fields for area poverty profiles.</summary>
public static class PovertyProfileQueries
{
    /// <summary>The fields, in schema order.</summary>
    public static IReadOnlyList<FieldDefinition> Fields =>
    [
        new FieldDefinition("povertyProfile", PovertyProfileGraphType.Profile,
            [
                new InputValueDefinition("areaCode", new NonNullType(SpecifiedScalars.String),
                    description: "The official code of a province (2 digits), district (4) or subdistrict (6) inside the area of the caller's MOU."),
            ],
            PovertyProfileAsync,
            "Counts of the area's poor households by group, capital score band and problem dimension, with small cells suppressed."),
    ];

    private static async ValueTask<object?> PovertyProfileAsync(IResolverContext context)
    {
        var database = RequestDatabase.Of(context);
        var callerArea = RequestCaller.Of(context).Area;
        var area = await ProfileArea.FindAsync(database, callerArea, (string)context.Arguments["areaCode"]!, context.CancellationToken);
        return await PovertyProfile.LoadAsync(database, callerArea, area, context.CancellationToken);
    }
}
