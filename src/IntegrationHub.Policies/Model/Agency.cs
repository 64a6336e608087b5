namespace IntegrationHub.Policies;

/// <summary>A partner agency: a party to MOUs, with OAuth clients of its own.</summary>
/// <param name="Code">The short stable code MOUs use, e.g. <c>mof</c>.</param>
/// <param name="Name">The agency's name in Thai and English.</param>
/// <param name="Kind">What sort of body it is.</param>
public sealed record Agency(string Code, LocalizedText Name, AgencyKind Kind);
