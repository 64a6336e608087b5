namespace IntegrationHub.Tests.Access.Table;

/// <summary>The situations issue 8 names, each of which a guarded field coordinate must answer correctly. Every
/// scenario's MOU grants every scope unless the scenario is about a missing one, so the one thing that differs
/// between scenarios is the factor under test (<see cref="ScenarioPolicies"/> writes them).</summary>
public enum AccessScenario
{
    /// <summary>The MOU grants every scope over the whole country and masks some fields.</summary>
    Granted,

    /// <summary>The MOU the request is served under grants every scope but the coordinate's own.</summary>
    ScopeNotGranted,

    /// <summary>The MOU grants every scope, but only in a province the sample household is not in.</summary>
    OutsideArea,

    /// <summary>The purpose is allowed only by an MOU of the agency that has expired.</summary>
    MouExpired,

    /// <summary>The purpose is allowed only by an MOU of the agency that has not yet taken effect.</summary>
    MouNotYetInForce,

    /// <summary>The request declares no purpose.</summary>
    PurposeMissing,

    /// <summary>The request declares a catalogue purpose that no MOU of the agency allows.</summary>
    PurposeNotAllowed,
}
