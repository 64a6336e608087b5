using System.Reflection;

namespace IntegrationHub.Data.Migrations;

/// <summary>The migration scripts shipped in this assembly: <c>Migrations/&lt;provider&gt;/NNNN_name.sql</c>,
/// embedded as resources so that the hub carries its schema with it.</summary>
public static class MigrationCatalog
{
    /// <summary>The folder under <c>Migrations/</c> that holds <paramref name="provider"/>'s scripts.</summary>
    public static string FolderOf(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "sqlite",
        DatabaseProvider.Postgres => "postgres",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "No migration folder for this provider."),
    };

    /// <summary>The scripts for <paramref name="provider"/>, in version order.</summary>
    /// <exception cref="MigrationException">A file name is malformed or two scripts share a version.</exception>
    public static IReadOnlyList<MigrationScript> For(DatabaseProvider provider)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var prefix = $"Migrations/{FolderOf(provider)}/";
        var scripts = assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(prefix, StringComparison.Ordinal))
            .Select(resource => MigrationScript.Parse(resource[prefix.Length..], Read(assembly, resource)))
            .ToList();
        return Ordered(scripts, prefix);
    }

    /// <summary>Sorts <paramref name="scripts"/> by version, refusing two with one version.</summary>
    /// <exception cref="MigrationException">Two scripts share a version.</exception>
    public static IReadOnlyList<MigrationScript> Ordered(IEnumerable<MigrationScript> scripts, string folder)
    {
        var ordered = scripts.OrderBy(s => s.Version).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Version == ordered[i - 1].Version)
            {
                throw new MigrationException(
                    $"Migrations {folder}{ordered[i - 1].FileName} and {folder}{ordered[i].FileName} have the same version {ordered[i].Version:D4}.");
            }
        }

        return ordered;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
