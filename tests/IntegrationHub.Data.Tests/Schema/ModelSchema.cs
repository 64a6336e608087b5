using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IntegrationHub.Data.Tests.Schema;

/// <summary>The schema the EF model expects on a provider, read from EF's relational model.</summary>
public static class ModelSchema
{
    /// <summary>The facts of the model as <paramref name="provider"/> maps it.</summary>
    public static SchemaFacts For(DatabaseProvider provider)
    {
        using var db = HubSchema.CreateOffline(provider);
        // The design-time model keeps the relational details (store types, constraint names) that the runtime
        // model trims.
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var facts = new SchemaFacts();
        foreach (var table in model.Tables)
        {
            facts.Table(table.Name);
            foreach (var column in table.Columns)
            {
                facts.Column(table.Name, column.Name, column.StoreType, column.IsNullable);
            }

            if (table.PrimaryKey is { } primaryKey)
            {
                facts.PrimaryKey(table.Name, primaryKey.Columns.Select(c => c.Name));
            }

            foreach (var foreignKey in table.ForeignKeyConstraints)
            {
                facts.ForeignKey(table.Name, foreignKey.Columns.Select(c => c.Name), foreignKey.PrincipalTable.Name,
                    foreignKey.PrincipalColumns.Select(c => c.Name), Sql(foreignKey.OnDeleteAction));
            }

            foreach (var unique in table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()))
            {
                facts.UniqueConstraint(table.Name, unique.Columns.Select(c => c.Name));
            }

            foreach (var index in table.Indexes)
            {
                facts.Index(table.Name, index.Name, index.Columns.Select(c => c.Name), index.IsUnique);
            }
        }

        return facts;
    }

    private static string Sql(ReferentialAction action) => action switch
    {
        ReferentialAction.NoAction => "NO ACTION",
        ReferentialAction.Restrict => "RESTRICT",
        ReferentialAction.Cascade => "CASCADE",
        ReferentialAction.SetNull => "SET NULL",
        ReferentialAction.SetDefault => "SET DEFAULT",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
