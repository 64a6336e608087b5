namespace IntegrationHub.Data.Model;

/// <summary>A member's relation to the head of the household.</summary>
public enum RelationToHead
{
    /// <summary>The head of the household.</summary>
    Head,

    /// <summary>Husband or wife of the head.</summary>
    Spouse,

    /// <summary>Son or daughter (also adopted or step-child).</summary>
    Child,

    /// <summary>Father or mother.</summary>
    Parent,

    /// <summary>Grandchild.</summary>
    Grandchild,

    /// <summary>Brother or sister.</summary>
    Sibling,

    /// <summary>Any other relative.</summary>
    OtherRelative,

    /// <summary>Living in the household, not related.</summary>
    NotRelated,
}
