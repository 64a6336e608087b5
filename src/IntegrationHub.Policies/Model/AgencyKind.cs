namespace IntegrationHub.Policies;

/// <summary>What sort of body an agency is; shown to MOU officers and auditors, not used to grant anything.</summary>
public enum AgencyKind
{
    /// <summary>A ministry or one of its departments (e.g. the Ministry of Finance).</summary>
    Ministry,

    /// <summary>A public organisation or fund (e.g. CODI, EEF, PMU-A).</summary>
    PublicOrganisation,

    /// <summary>A provincial office of a ministry (e.g. a provincial social development and human security office).</summary>
    ProvincialOffice,

    /// <summary>A local administrative organisation (e.g. a subdistrict administrative organisation).</summary>
    LocalAdministration,

    /// <summary>A foundation or other non-profit body (e.g. Poh Teck Tung).</summary>
    Foundation,

    /// <summary>A body that oversees how the hub's data is used (auditors).</summary>
    Oversight,
}
