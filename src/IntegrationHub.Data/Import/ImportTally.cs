using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IntegrationHub.Data.Import;

/// <summary>What an import did so far: rows read and rejected, households and members added or changed.</summary>
public sealed class ImportTally
{
    /// <summary>Data rows read (the header not counted).</summary>
    public int RowsRead { get; internal set; }

    /// <summary>Data rows written to the reject file.</summary>
    public int RowsRejected { get; internal set; }

    /// <summary>Households the database did not have.</summary>
    public int HouseholdsAdded { get; private set; }

    /// <summary>Stored households whose columns the file changed.</summary>
    public int HouseholdsChanged { get; private set; }

    /// <summary>Members the database did not have.</summary>
    public int MembersAdded { get; private set; }

    /// <summary>Stored members whose columns the file changed.</summary>
    public int MembersChanged { get; private set; }

    /// <summary>One line for the operator.</summary>
    public override string ToString() =>
        $"{RowsRead} row(s) read, {RowsRejected} rejected; households: {HouseholdsAdded} added, {HouseholdsChanged} changed; " +
        $"members: {MembersAdded} added, {MembersChanged} changed.";

    internal void CountAdded(IReadOnlyList<Household> households)
    {
        HouseholdsAdded += households.Count;
        MembersAdded += households.Sum(h => h.Members.Count);
    }

    internal void Count(IEnumerable<EntityEntry> entries)
    {
        foreach (var entry in entries)
        {
            switch (entry.Entity, entry.State)
            {
                case (Household, EntityState.Added): HouseholdsAdded++; break;
                case (Household, EntityState.Modified): HouseholdsChanged++; break;
                case (Member, EntityState.Added): MembersAdded++; break;
                case (Member, EntityState.Modified): MembersChanged++; break;
            }
        }
    }
}
