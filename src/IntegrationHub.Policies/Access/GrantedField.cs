namespace IntegrationHub.Policies;

/// <summary>One field coordinate an MOU opens.</summary>
/// <param name="Coordinate">The coordinate, e.g. <c>Member.nationalId</c>.</param>
/// <param name="Scope">The scope that opens it.</param>
/// <param name="Mask">How it is masked, or null when shown in full.</param>
public sealed record GrantedField(string Coordinate, Scope Scope, FieldMask? Mask);
