using IntegrationHub.Data.Migrations;

namespace IntegrationHub.Data.Tests.Migrations;

public sealed class MigrationScriptTests
{
    [Fact]
    public void Parse_WellFormedName_TakesVersionAndName()
    {
        var script = MigrationScript.Parse("0012_add_member_phone.sql", "SELECT 1;");

        Assert.Equal(12, script.Version);
        Assert.Equal("add_member_phone", script.Name);
        Assert.Equal("0012_add_member_phone.sql", script.FileName);
    }

    [Theory]
    [InlineData("12_short_version.sql")]
    [InlineData("0001-dash.sql")]
    [InlineData("0001_Upper.sql")]
    [InlineData("0001_name.txt")]
    [InlineData("0001_.sql")]
    [InlineData("../0001_escape.sql")]
    public void Parse_MalformedName_IsRefusedNamingTheFile(string fileName)
    {
        var error = Assert.Throws<MigrationException>(() => MigrationScript.Parse(fileName, "SELECT 1;"));

        Assert.Contains($"'{fileName}'", error.Message);
    }

    [Fact]
    public void Parse_CrlfOrBom_HasTheSameChecksumAsLf()
    {
        var lf = MigrationScript.Parse("0001_a.sql", "CREATE TABLE a (id integer);\nSELECT 1;\n");
        var crlf = MigrationScript.Parse("0001_a.sql", "CREATE TABLE a (id integer);\r\nSELECT 1;\r\n");
        var bom = MigrationScript.Parse("0001_a.sql", "\uFEFFCREATE TABLE a (id integer);\nSELECT 1;\n");

        Assert.Equal(lf.Checksum, crlf.Checksum);
        Assert.Equal(lf.Checksum, bom.Checksum);
    }

    [Fact]
    public void Parse_AnyEdit_ChangesTheChecksum()
    {
        var original = MigrationScript.Parse("0001_a.sql", "CREATE TABLE a (id integer);");
        var edited = MigrationScript.Parse("0001_a.sql", "CREATE TABLE a (id bigint);");

        Assert.Matches("^[0-9a-f]{64}$", original.Checksum);
        Assert.NotEqual(original.Checksum, edited.Checksum);
    }

    [Fact]
    public void Ordered_TwoScriptsWithOneVersion_AreRefusedNamingBoth()
    {
        var error = Assert.Throws<MigrationException>(() => MigrationCatalog.Ordered(
            [MigrationScript.Parse("0002_b.sql", ""), MigrationScript.Parse("0002_c.sql", "")], "sqlite/"));

        Assert.Contains("sqlite/0002_b.sql", error.Message);
        Assert.Contains("sqlite/0002_c.sql", error.Message);
    }

    [Fact]
    public void Catalog_ShippedScripts_HaveTheSameVersionsAndNamesOnEveryProvider()
    {
        var sqlite = MigrationCatalog.For(DatabaseProvider.Sqlite).Select(s => s.FileName);
        var postgres = MigrationCatalog.For(DatabaseProvider.Postgres).Select(s => s.FileName);

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, postgres);
    }
}
