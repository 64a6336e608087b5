namespace IntegrationHub.Policies;

/// <summary>A value read from a policy file together with where it was written, so that a rule that rejects it
/// can say where.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Location">Where it was written.</param>
internal readonly record struct Located<T>(T Value, SourceLocation Location);
