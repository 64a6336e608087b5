using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace IntegrationHub.Data.Migrations;

/// <summary>One versioned SQL migration script, such as <c>0001_initial.sql</c>.</summary>
/// <param name="Version">The number the file name starts with; scripts apply in ascending order.</param>
/// <param name="Name">The rest of the file name, without <c>.sql</c>.</param>
/// <param name="Sql">The script, with line endings normalised to LF.</param>
/// <param name="Checksum">SHA-256 of <paramref name="Sql"/> in UTF-8, as 64 lowercase hex digits.</param>
public sealed partial record MigrationScript(int Version, string Name, string Sql, string Checksum)
{
    /// <summary>The file name the script was read from.</summary>
    public string FileName => $"{Version:D4}_{Name}.sql";

    /// <summary>Reads a script from its file name and text.</summary>
    /// <exception cref="MigrationException"><paramref name="fileName"/> is not <c>NNNN_lower_case_name.sql</c>.</exception>
    public static MigrationScript Parse(string fileName, string text)
    {
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new MigrationException(
                $"Migration file name '{fileName}' is not of the form NNNN_name.sql (four digits, an underscore, " +
                "lower-case letters, digits and underscores).");
        }

        // Line endings are normalised before hashing, so a checkout that converts LF to CRLF (git's autocrlf on
        // Windows) does not look like an edited script.
        var sql = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
        return new MigrationScript(int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture),
            match.Groups["name"].Value, sql, checksum);
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
