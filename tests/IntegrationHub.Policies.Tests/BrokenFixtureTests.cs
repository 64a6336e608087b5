namespace IntegrationHub.Policies.Tests;

/// <summary>The acceptance test of the policy checker: each folder under Fixtures/Broken is the Valid fixture with
/// one planted defect, marked <c># DEFECT</c> on the line the error must name. <c>policies check</c> must fail on
/// each with exactly that one error, at that file and line.</summary>
public sealed class BrokenFixtureTests
{
    private const string Marker = "# DEFECT";

    public static TheoryData<string, PolicyErrorCode> Defects => new()
    {
        { "unknown-scope", PolicyErrorCode.UnknownScope },
        { "unknown-coordinate", PolicyErrorCode.UnknownCoordinate },
        { "sensitive-scope-without-section-26", PolicyErrorCode.SensitiveScopeWithoutSection26 },
        { "effective-to-before-effective-from", PolicyErrorCode.DatesOutOfOrder },
        { "effective-before-signed", PolicyErrorCode.DatesOutOfOrder },
        { "mou-for-unknown-agency", PolicyErrorCode.UnknownAgency },
        { "duplicate-mou-id", PolicyErrorCode.DuplicateId },
        { "duplicate-scope", PolicyErrorCode.DuplicateId },
        { "duplicate-client-id", PolicyErrorCode.DuplicateId },
        { "coordinate-in-two-scopes", PolicyErrorCode.CoordinateInTwoScopes },
        { "unknown-purpose", PolicyErrorCode.UnknownPurpose },
        { "unknown-legal-basis", PolicyErrorCode.UnknownLegalBasis },
        { "overlapping-mous", PolicyErrorCode.OverlappingMous },
        { "mask-outside-grant", PolicyErrorCode.MaskOutsideGrant },
        { "mask-on-a-date", PolicyErrorCode.MaskOnNonText },
        { "weak-secret-hash", PolicyErrorCode.InvalidCredentials },
        { "secret-on-key-client", PolicyErrorCode.InvalidCredentials },
        { "private-key-in-jwks", PolicyErrorCode.InvalidPublicKey },
        { "misspelt-key", PolicyErrorCode.UnknownKey },
        { "missing-rate-limit", PolicyErrorCode.MissingKey },
        { "buddhist-era-year", PolicyErrorCode.InvalidValue },
        { "duplicate-yaml-key", PolicyErrorCode.Syntax },
        { "grantee-not-a-party", PolicyErrorCode.InvalidValue },
        { "malformed-province-code", PolicyErrorCode.InvalidValue },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Check_PlantedDefect_FailsWithOneErrorNamingFileAndLine(string fixture, PolicyErrorCode expected)
    {
        var folder = TestPaths.Broken(fixture);
        var (file, line) = FindMarker(folder);

        var report = PolicyCheck.Run(folder, new PolicyLoadOptions(PolicyEnvironment.Production, FixedSchema.ForValidFixture));

        Assert.Equal(1, report.ExitCode);
        var error = Assert.Single(report.Result.Errors);
        Assert.Equal(expected, error.Code);
        Assert.Equal(Path.Combine(folder, file).Replace('\\', '/'), error.Location.File);
        Assert.Equal(line, error.Location.Line);
        Assert.True(error.Location.Column >= 1);
        Assert.StartsWith($"{error.Location.File}:{line}:{error.Location.Column}: ", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenFixtures_EachFolder_IsListedInTheTheory()
    {
        var folders = Directory.GetDirectories(TestPaths.Fixture("Broken")).Select(Path.GetFileName).Order().ToArray();
        var listed = Defects.Select(row => (string)row[0]).Order().ToArray();

        Assert.Equal(listed, folders);
    }

    [Fact]
    public void Check_ValidFixture_PassesWithTheSameSchema()
    {
        var report = PolicyCheck.Run(TestPaths.Fixture("Valid"), new PolicyLoadOptions(PolicyEnvironment.Production, FixedSchema.ForValidFixture));

        Assert.Equal(0, report.ExitCode);
        Assert.Contains(report.Result.Set!.VersionHash, report.Text, StringComparison.Ordinal);
    }

    private static (string File, int Line) FindMarker(string folder)
    {
        var marks = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .SelectMany(path => File.ReadAllLines(path).Select((text, index) => (path, text, line: index + 1)))
            .Where(entry => entry.text.Contains(Marker, StringComparison.Ordinal))
            .ToList();
        var mark = Assert.Single(marks);
        return (Path.GetRelativePath(folder, mark.path), mark.line);
    }
}
