namespace IntegrationHub.Policies.Tests;

/// <summary>Loading beyond the single planted defects: layout, hostile YAML, several errors at once, the schema check.</summary>
public sealed class PolicyLoaderTests
{
    [Fact]
    public void Load_MissingFolder_IsOneErrorNamingIt()
    {
        var error = Assert.Single(Load.Production("/nonexistent/policies").Errors);

        Assert.Equal(PolicyErrorCode.MissingFile, error.Code);
        Assert.Equal("/nonexistent/policies: The policy folder does not exist.", error.ToString());
    }

    [Fact]
    public void Load_MissingCatalogue_IsAnErrorNamingTheFile()
    {
        using var folder = TempPolicyFolder.CopyOf(TestPaths.Fixture("Valid"));
        File.Delete(folder.File("catalogue.yaml"));

        var error = Assert.Single(Load.Production(folder.Path).Errors);

        Assert.Equal(PolicyErrorCode.MissingFile, error.Code);
        Assert.EndsWith("catalogue.yaml", error.Location.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mou-extra.yaml")]
    [InlineData("mous/old/codi.yaml")]
    [InlineData("mous/codi.yml")]
    public void Load_YamlOutsideTheLayout_IsAnUnexpectedFile(string path)
    {
        using var folder = TempPolicyFolder.CopyOf(TestPaths.Fixture("Valid"));
        Directory.CreateDirectory(Path.GetDirectoryName(folder.File(path))!);
        folder.Write(path, folder.Read("mous/codi-housing.yaml"));

        var error = Assert.Single(Load.Production(folder.Path).Errors);

        Assert.Equal(PolicyErrorCode.UnexpectedFile, error.Code);
        Assert.EndsWith(path, error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NonPolicyFiles_AreIgnoredAndNotHashed()
    {
        using var folder = TempPolicyFolder.CopyOf(TestPaths.Fixture("Valid"));
        var before = Load.Valid(Load.Production(folder.Path)).VersionHash;
        folder.Write("README.md", "# notes\n");

        Assert.Equal(before, Load.Valid(Load.Production(folder.Path)).VersionHash);
    }

    [Fact]
    public void Load_CommentEdit_ChangesTheVersionHash()
    {
        using var folder = TempPolicyFolder.CopyOf(TestPaths.Fixture("Valid"));
        var before = Load.Valid(Load.Production(folder.Path)).VersionHash;
        folder.Write("mous/codi-housing.yaml", "# reviewed by the MOU officer\n" + folder.Read("mous/codi-housing.yaml"));

        Assert.NotEqual(before, Load.Valid(Load.Production(folder.Path)).VersionHash);
    }

    public static TheoryData<string, PolicyErrorCode, int> HostileMous => new()
    {
        { "", PolicyErrorCode.Syntax, 1 },
        { "- just\n- a list\n", PolicyErrorCode.InvalidValue, 1 },
        { "id: A\n---\nid: B\n", PolicyErrorCode.Syntax, 1 },
        { "id: [unclosed\n", PolicyErrorCode.Syntax, 2 },
        { "id: x\ntitle: *undefined\n", PolicyErrorCode.Syntax, 2 },
        { "id: x\ntitle: &t { th: a, en: b }\n", PolicyErrorCode.Syntax, 2 },
    };

    [Theory]
    [MemberData(nameof(HostileMous))]
    public void Load_MalformedYaml_IsAnErrorNotAnException(string content, PolicyErrorCode code, int line)
    {
        using var folder = TempPolicyFolder.CopyOf(TestPaths.Fixture("Valid"));
        folder.Write("mous/codi-housing.yaml", content);

        var errors = Load.Production(folder.Path).Errors;

        Assert.Contains(errors, error => error.Code == code && error.Location.Line == line
            && error.Location.File.EndsWith("mous/codi-housing.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SeveralDefects_ReportsEachInFileAndLineOrder()
    {
        using var folder = TempPolicyFolder.CopyOf(TestPaths.Fixture("Valid"));
        folder.Edit("mous/codi-housing.yaml", "  - member.identity\n", "  - member.identity\n  - member.salary\n");
        folder.Edit("mous/codi-housing.yaml", "parties: [pmua, codi]", "parties: [pmua, codi, moj]");
        folder.Edit("mous/ptt-health.yaml", "  - pdpa-26-consent\n", string.Empty);

        var errors = Load.Production(folder.Path).Errors;

        Assert.Equal(
            [PolicyErrorCode.UnknownAgency, PolicyErrorCode.UnknownScope, PolicyErrorCode.SensitiveScopeWithoutSection26],
            errors.Select(error => error.Code));
        Assert.Equal([5, 17, 17], errors.Select(error => error.Location.Line));
    }

    [Fact]
    public void Load_UnknownCoordinateWithoutSchema_IsAcceptedUntilASchemaIsGiven()
    {
        var folder = TestPaths.Broken("unknown-coordinate");

        Assert.True(Load.Production(folder).IsValid);
        Assert.Equal(PolicyErrorCode.UnknownCoordinate, Assert.Single(Load.Production(folder, FixedSchema.ForValidFixture).Errors).Code);
    }

    public static TheoryData<string, string> BadKeys => new()
    {
        { "            x: hZQHyUSkPTvkE8uN-7i8emcsZK_RdM2ubTm5O9cFwqI\n", "            x: AAAA\n" },
        { "            x: hZQHyUSkPTvkE8uN-7i8emcsZK_RdM2ubTm5O9cFwqI\n", "            x: not+base64/url=\n" },
        { "            crv: P-256\n", "            crv: secp256k1\n" },
        { "          - kty: EC\n", "          - kty: oct\n" },
        { "            kid: ptt-1\n", string.Empty },
        { "            y: qqXiAQ14P3JLpL_iS6WoJlc1FU7XFaee2zY1lnkJPWo\n", "            y: qqXiAQ14P3JLpL_iS6WoJlc1FU7XFaee2zY1lnkJPWo\n            use: enc\n" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public void Load_UnusablePublicKey_IsAnInvalidPublicKeyError(string old, string replacement)
    {
        using var folder = TempPolicyFolder.CopyOf(TestPaths.Fixture("Valid"));
        folder.Edit("agencies.yaml", old, replacement);

        var error = Assert.Single(Load.Production(folder.Path).Errors);

        Assert.Equal(PolicyErrorCode.InvalidPublicKey, error.Code);
        Assert.InRange(error.Location.Line, 25, 30);
    }
}
