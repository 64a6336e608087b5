namespace IntegrationHub.Api.Eligibility;

/// <summary>An eligibility policy file is missing or wrong. The message names the file, the field (as a dotted path
/// such as <c>thresholds.minimum-age.value</c>) and, when known, the line.</summary>
public sealed class EligibilityPolicyException : Exception
{
    /// <summary>An error in <paramref name="file"/> at <paramref name="field"/> (null for the whole file), on
    /// <paramref name="line"/> when known.</summary>
    public EligibilityPolicyException(string file, string? field, int? line, string problem)
        : base($"{file}{(line is { } l ? $" line {l}" : "")}: {(field is null ? "" : field + ": ")}{problem}")
    {
        File = file;
        Field = field;
    }

    /// <summary>The file at fault.</summary>
    public string File { get; }

    /// <summary>The field at fault, as a dotted path; null when the whole file is.</summary>
    public string? Field { get; }
}
