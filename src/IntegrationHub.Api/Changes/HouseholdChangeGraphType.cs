using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Loading;
using IntegrationHub.Data.Model;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Changes;

/// <summary>The types of the household change feed: <c>HouseholdChange</c> (one entry), <c>HouseholdChangePage</c>
/// (one pull) and their enumerations. Fields an MOU scope may guard are nullable, so a denied one becomes null
/// alone.</summary>
public static class HouseholdChangeGraphType
{
    /// <summary>What happened to a record.</summary>
    public static EnumType Operation { get; } = new(
        "HouseholdChangeOperation",
        [
            new("UPSERTED", ChangeOperation.Upserted,
                "Created or changed (เพิ่มหรือแก้ไข); an exit from the programme is a change of the household's status. Read the record's current state."),
            new("DELETED", ChangeOperation.Deleted,
                "Deleted (ลบ); the record no longer exists. A deleted household's members and referrals are gone with it, whether or not the feed lists them separately."),
            new("MOVED_OUT", ChangeOperation.MovedOut,
                "The household moved to a village elsewhere (ย้ายออก): drop it and its members and referrals from your copy as for DELETED. If your area also covers its new village, the entries that follow bring it back with its members and referrals."),
        ],
        "What happened to a record in the household change feed.");

    /// <summary>The kinds of record the feed reports.</summary>
    public static EnumType EntityType { get; } = new(
        "ChangedEntityType",
        [
            new("HOUSEHOLD", ChangedEntity.Household,
                "A household (ครัวเรือน); a change of its capital scores or problems is reported as a change of the household."),
            new("MEMBER", ChangedEntity.Member, "A household member (สมาชิกครัวเรือน)."),
            new("REFERRAL", ChangedEntity.Referral,
                "A referral (การส่งต่อ); a change of its status history or assistance is reported as a change of the referral."),
        ],
        "The kind of record a change-feed entry is about.");

    /// <summary>One entry of the feed.</summary>
    public static ObjectType Change { get; } = new(
        "HouseholdChange",
        () =>
        [
            new FieldDefinition("cursor", new NonNullType(SpecifiedScalars.String),
                resolver: Resolve.From<ChangeRow>(c => ChangePage.CursorAfter(c.Sequence)),
                description: "An opaque feed position: pass it as after to continue after this change."),
            new FieldDefinition("operation", Operation,
                resolver: Resolve.From<ChangeRow>(c => c.Operation),
                description: "Whether the record was created or changed, or deleted."),
            new FieldDefinition("entityType", EntityType,
                resolver: Resolve.From<ChangeRow>(c => c.Entity),
                description: "The kind of record that changed."),
            new FieldDefinition("entityId", SpecifiedScalars.ID,
                resolver: Resolve.From<ChangeRow>(c => GlobalId.Encode(TypeNameOf(c.Entity), c.EntityId)),
                description: "The global id of the record that changed, as its id field and Query.node give it."),
            new FieldDefinition("householdId", SpecifiedScalars.ID,
                resolver: Resolve.From<ChangeRow>(c => GlobalId.Encode(HouseholdGraphType.Name, c.HouseholdId)),
                description: "The global id of the household the record belongs to (the household itself for a household)."),
            new FieldDefinition("changedAt", DateTimeScalar.Instance,
                resolver: Resolve.From<ChangeRow>(c => c.ChangedAt),
                description: "When the change was saved (วันเวลาที่เปลี่ยนแปลง)."),
            new FieldDefinition("household", HouseholdGraphType.Type,
                resolver: Resolve.FromAsync<ChangeRow, HouseholdRow?>((context, c) => HubLoaders.HouseholdAsync(context, c.HouseholdId)),
                description: "The household as it is now, so one pull brings the new state; null when it has been deleted since."),
            new FieldDefinition("record", NodeGraphType.Interface,
                resolver: RecordAsync,
                description: "The changed record (household, member or referral) as it is now; null when it has been deleted since."),
        ],
        description: "One entry of the household change feed: which record changed, how and when.");

    /// <summary>One pull of the feed.</summary>
    public static ObjectType Page { get; } = new(
        "HouseholdChangePage",
        () =>
        [
            new FieldDefinition("changes", new NonNullType(new ListType(new NonNullType(Change))),
                resolver: Resolve.From<ChangePage>(page => page.Changes),
                description: "The changes after the cursor, oldest first; apply them in this order."),
            new FieldDefinition("endCursor", SpecifiedScalars.String,
                resolver: Resolve.From<ChangePage>(page => page.EndCursor),
                description: "Where the next pull starts: after the last change here, or the after given when there is none; store it. Null only when the feed holds nothing yet."),
            new FieldDefinition("hasNextPage", new NonNullType(SpecifiedScalars.Boolean),
                resolver: Resolve.From<ChangePage>(page => page.HasNextPage),
                description: "Whether more changes follow already; when false, pull again later from endCursor."),
        ],
        description: "A page of the household change feed, with the position to continue from.");

    private static string TypeNameOf(ChangedEntity entity) => entity switch
    {
        ChangedEntity.Household => HouseholdGraphType.Name,
        ChangedEntity.Member => MemberGraphType.Name,
        ChangedEntity.Referral => ReferralGraphType.Name,
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, "No GraphQL type for this change-feed entity."),
    };

    private static async ValueTask<object?> RecordAsync(IResolverContext context)
    {
        var change = (ChangeRow)context.Parent!;
        return change.Entity switch
        {
            ChangedEntity.Household => await HubLoaders.HouseholdAsync(context, change.EntityId),
            ChangedEntity.Member => await HubLoaders.MemberAsync(context, change.EntityId),
            ChangedEntity.Referral => await HubLoaders.ReferralAsync(context, change.EntityId),
            _ => throw new ArgumentOutOfRangeException(nameof(context), change.Entity, "No GraphQL type for this change-feed entity."),
        };
    }
}
