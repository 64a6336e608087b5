namespace IntegrationHub.Data.Progress;

/// <summary>A job's progress: the fraction done, 0 to 1, and a short detail such as "120000 rows".</summary>
public sealed record ProgressReport(double Fraction, string Detail);
