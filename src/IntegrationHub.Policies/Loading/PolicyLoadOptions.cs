namespace IntegrationHub.Policies;

/// <summary>How to load a policy folder.</summary>
/// <param name="Environment">Decides whether the demo clients load; there is no default, so no caller loads them by accident.</param>
/// <param name="Schema">The schema's coordinates, to reject coordinates it lacks; null until the schema exists.</param>
public sealed record PolicyLoadOptions(PolicyEnvironment Environment, ISchemaCoordinates? Schema = null);
