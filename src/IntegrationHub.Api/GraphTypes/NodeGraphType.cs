using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>Node</c> interface: every object a client can fetch again by its opaque global id alone,
/// through <c>Query.node(id)</c>.</summary>
public static class NodeGraphType
{
    /// <summary>The interface.</summary>
    public static InterfaceType Interface { get; } = new(
        "Node",
        () =>
        [
            new FieldDefinition("id", SpecifiedScalars.ID, description: IdDescription),
        ],
        description: "An object with an opaque global id that Query.node accepts.",
        resolveType: value => value switch
        {
            HouseholdRow => HouseholdGraphType.Type.Name,
            MemberRow => MemberGraphType.Type.Name,
            ReferralRow => ReferralGraphType.Type.Name,
            _ => null,
        });

    /// <summary>The description of every <c>id</c> field. The field is nullable, unlike the common Relay form,
    /// because an MOU scope guards it: a denied id must become null without erasing its sibling fields.</summary>
    public const string IdDescription =
        "The object's global id: opaque, stable, and accepted by Query.node. Null when the caller's MOU does not open it.";
}
