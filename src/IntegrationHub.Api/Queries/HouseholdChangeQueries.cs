using System.Globalization;
using IntegrationHub.Api.Access;
using IntegrationHub.Api.Changes;
using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Queries;

/// <summary>The <c>Query</c> fields for the household change feed.</summary>
public static class HouseholdChangeQueries
{
    /// <summary>The fields, in schema order.</summary>
    public static IReadOnlyList<FieldDefinition> Fields =>
    [
        new FieldDefinition("householdChanges", HouseholdChangeGraphType.Page,
            [
                new InputValueDefinition("after", SpecifiedScalars.String,
                    description: "Continue after this position (the endCursor of the last pull, or a change's cursor); from the start of the feed when absent."),
                new InputValueDefinition("first", new NonNullType(SpecifiedScalars.Int),
                    Parser.ParseConstValue(PageSize.Default.ToString(CultureInfo.InvariantCulture)),
                    $"How many changes the page holds, 0 to {PageSize.Maximum}."),
            ],
            HouseholdChangesAsync,
            "Every change to households, members and referrals in the caller's area since a position (การเปลี่ยนแปลงข้อมูลครัวเรือน), exits and deletions included, oldest first: pull pages from the last endCursor and apply them in order to keep an exact copy."),
    ];

    private static async ValueTask<object?> HouseholdChangesAsync(IResolverContext context)
    {
        var first = PageSize.Check((int)context.Arguments["first"]!);
        var after = ChangePage.AfterSequence(context.Arguments.GetValueOrDefault("after") as string);
        return await ChangePage.LoadAsync(
            RequestDatabase.Of(context), RequestCaller.Of(context).Area, first, after, context.CancellationToken);
    }
}
