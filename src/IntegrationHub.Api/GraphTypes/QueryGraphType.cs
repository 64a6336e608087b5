using IntegrationHub.Api.Access;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.Api.Queries;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>Query</c> root type: the household, member and node fields here, and the fields of each other
/// feature from its own class under <c>Queries/</c>. The household and member fields are nullable because MOU scopes guard
/// them (policies/catalogue.yaml): a denied field becomes null without erasing the rest of the response.</summary>
public static class QueryGraphType
{
    /// <summary>The type.</summary>
    public static ObjectType Type { get; } = new(
        "Query",
        () =>
        [
            new FieldDefinition("household", HouseholdGraphType.Type,
                [IdArgument("The household's global id.")],
                context => LoadByIdAsync(context, HouseholdGraphType.Name, key => HubLoaders.HouseholdAsync(context, key)),
                "The household with this id; null when there is none in the caller's area."),
            new FieldDefinition("households", HouseholdConnectionGraphType.Connection,
                [
                    new InputValueDefinition("where", HouseholdFilterGraphType.Type,
                        description: "Only the households that meet every condition given; all households when absent."),
                    new InputValueDefinition("orderBy", new ListType(new NonNullType(HouseholdOrderGraphType.Type)),
                        description: "Sort keys in priority order; the household's key breaks ties. In key order when absent or empty. A cursor continues only the ordering it was issued for."),
                    new InputValueDefinition("first", new NonNullType(SpecifiedScalars.Int),
                        Parser.ParseConstValue(PageSize.Default.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        $"How many households the page holds, 0 to {PageSize.Maximum}."),
                    new InputValueDefinition("after", SpecifiedScalars.String,
                        description: "Start after this cursor (an endCursor or edge cursor of an earlier page); from the first household when absent."),
                ],
                HouseholdsAsync,
                "Households (ครัวเรือน) in the caller's area, page by page in a stable order, with forward cursors."),
            new FieldDefinition("member", MemberGraphType.Type,
                [IdArgument("The member's global id.")],
                context => LoadByIdAsync(context, MemberGraphType.Name, key => HubLoaders.MemberAsync(context, key)),
                "The household member with this id; null when there is none in the caller's area."),
            new FieldDefinition("node", NodeGraphType.Interface,
                [IdArgument("Any global id the hub issued.")],
                NodeAsync,
                "The object with this global id, whatever its type; null when there is none in the caller's area."),
            .. ReferralQueries.Fields,
            .. EligibilityQueries.Fields,
            .. HouseholdChangeQueries.Fields,
            .. PovertyProfileQueries.Fields,
            .. AuditQueries.Fields,
        ],
        description: "What partner agencies can read, each field within the scopes of their MOU.");

    private static InputValueDefinition IdArgument(string description) =>
        new("id", new NonNullType(SpecifiedScalars.ID), description: description);

    private static async ValueTask<object?> LoadByIdAsync<T>(IResolverContext context, string typeName, Func<long, Task<T?>> load)
        where T : class =>
        await load(GlobalId.DecodeKey((string)context.Arguments["id"]!, typeName));

    private static async ValueTask<object?> NodeAsync(IResolverContext context)
    {
        var (typeName, key) = GlobalId.Decode((string)context.Arguments["id"]!);
        return typeName switch
        {
            HouseholdGraphType.Name => await HubLoaders.HouseholdAsync(context, key),
            MemberGraphType.Name => await HubLoaders.MemberAsync(context, key),
            ReferralGraphType.Name => await HubLoaders.ReferralAsync(context, key),
            _ => null,
        };
    }

    private static async ValueTask<object?> HouseholdsAsync(IResolverContext context)
    {
        var filter = HouseholdFilter.From(context.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>);
        var order = HouseholdOrder.From(context.Arguments.GetValueOrDefault("orderBy") as IReadOnlyList<object?>);
        var first = PageSize.Check((int)context.Arguments["first"]!);
        var after = context.Arguments.GetValueOrDefault("after") is string cursor ? order.Decode(cursor) : null;
        var projection = HouseholdRow.Columns.For(SelectedFields.Below(context.FieldNodes, context.Fragments, ["nodes"], ["edges", "node"]), order.FieldsNeeded);
        return await HouseholdPage.LoadAsync(
            RequestDatabase.Of(context), RequestCaller.Of(context).Area, filter, order, after, first, projection, context.CancellationToken);
    }
}
