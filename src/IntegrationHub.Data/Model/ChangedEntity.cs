namespace IntegrationHub.Data.Model;

/// <summary>The kinds of record the change feed reports.</summary>
public enum ChangedEntity
{
    /// <summary>A <see cref="Model.Household"/>.</summary>
    Household,

    /// <summary>A <see cref="Model.Member"/>.</summary>
    Member,

    /// <summary>A <see cref="Model.Referral"/> (its transitions and assistance records included).</summary>
    Referral,
}
