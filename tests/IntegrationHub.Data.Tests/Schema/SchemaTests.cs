using IntegrationHub.Data.Migrations;
using IntegrationHub.Data.Tests.Infrastructure;
using IntegrationHub.Testing;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.Schema;

/// <summary>The migration scripts and the EF model describe one schema: after migrating, the database has
/// exactly the tables, columns (name, store type, nullability), keys and indexes the model expects.</summary>
public sealed class SchemaTests
{
    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task MigratedDatabase_ShippedScripts_MatchTheModelExactly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        var actual = await DatabaseSchema.ReadAsync(database);

        Assert.Empty(actual.DifferencesFrom(ModelSchema.For(provider)));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task MigratedDatabase_ExtraColumn_IsReportedAsDrift(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await database.ExecuteAsync("ALTER TABLE households ADD COLUMN nickname text NULL");

        var differences = (await DatabaseSchema.ReadAsync(database)).DifferencesFrom(ModelSchema.For(provider));

        var difference = Assert.Single(differences);
        Assert.StartsWith("unexpected: households: column nickname", difference);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task MigratedDatabase_DroppedIndex_IsReportedAsDrift(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await database.ExecuteAsync("DROP INDEX \"IX_members_national_id_household_id\"");

        var differences = (await DatabaseSchema.ReadAsync(database)).DifferencesFrom(ModelSchema.For(provider));

        Assert.Equal(["missing: members: unique index IX_members_national_id_household_id (national_id, household_id)"], differences);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task MigratedDatabase_LooserNullability_IsReportedAsDrift(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // The shipped script with one NOT NULL dropped, as a hand-edited script might.
        var script = MigrationCatalog.For(provider)[0];
        var edited = script.Sql.Replace("national_id\" TEXT NOT NULL", "national_id\" TEXT NULL", StringComparison.Ordinal)
            .Replace("national_id character varying(13) NOT NULL", "national_id character varying(13)", StringComparison.Ordinal);
        Assert.NotEqual(script.Sql, edited);
        await database.RunnerFor([MigrationScript.Parse(script.FileName, edited), .. MigrationCatalog.For(provider).Skip(1)])
            .MigrateAsync(CancellationToken.None);

        var differences = (await DatabaseSchema.ReadAsync(database)).DifferencesFrom(ModelSchema.For(provider));

        Assert.Equal(2, differences.Count);
        Assert.Contains(differences, d => d.StartsWith("missing: members: column national_id", StringComparison.Ordinal) && d.EndsWith(" not null", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.StartsWith("unexpected: members: column national_id", StringComparison.Ordinal) && d.EndsWith(" null", StringComparison.Ordinal));
    }

    /// <summary>The schema each provider gets, for review: a model change shows up here as a diff.</summary>
    [Theory, InlineData(Sqlite), InlineData(Postgres)]
    public void ModelSchema_EachProvider_MatchesSnapshot(DatabaseProvider provider)
    {
        Snapshot.Match(ModelSchema.For(provider).ToString(), suffix: provider.ToString());
    }
}
