using System.Globalization;
using IntegrationHub.Api.Identity;
using IntegrationHub.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IntegrationHub.Api.Access;

/// <summary>What a request's mutations changed, committed, for its audit event ("mutations also record what
/// changed"): each entity, its id (the global id for node types) and whether it was added, modified or deleted.</summary>
/// <remarks>Registered as a scoped service; a request without one (tests executing the schema directly) records into
/// a throwaway instance.</remarks>
public sealed class RequestChanges
{
    // The entities the API gives global ids (Node implementations); others are named by their row key.
    private static readonly HashSet<string> NodeTypes = new(StringComparer.Ordinal) { "Household", "Member", "Referral" };
    private readonly List<Change> _changes = [];

    /// <summary>The changes committed so far, in commit order.</summary>
    public IReadOnlyList<Change> All => _changes;

    /// <summary>The changes of the request <paramref name="context"/> belongs to.</summary>
    public static RequestChanges Of(IResolverContext context) =>
        context.Services?.GetService(typeof(RequestChanges)) as RequestChanges ?? new RequestChanges();

    /// <summary>Notes the entries a save is about to write; call <see cref="Pending.Commit"/> once the transaction
    /// committed (keys of added rows are known only then).</summary>
    public Pending Track(ChangeTracker tracker) => new(this, [.. tracker.Entries().Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        .Select(entry => (entry, Action: entry.State.ToString().ToLowerInvariant()))]);

    /// <summary>One committed change.</summary>
    /// <param name="Entity">The entity type, such as <c>Referral</c>.</param>
    /// <param name="Id">The global id of a node type, else the row key.</param>
    /// <param name="Action"><c>added</c>, <c>modified</c> or <c>deleted</c>.</param>
    public sealed record Change(string Entity, string Id, string Action);

    /// <summary>Entries about to be saved.</summary>
    public sealed class Pending
    {
        private readonly RequestChanges _owner;
        private readonly IReadOnlyList<(EntityEntry Entry, string Action)> _entries;

        internal Pending(RequestChanges owner, IReadOnlyList<(EntityEntry Entry, string Action)> entries)
        {
            _owner = owner;
            _entries = entries;
        }

        /// <summary>Records the entries as committed.</summary>
        public void Commit()
        {
            foreach (var (entry, action) in _entries)
            {
                var entity = entry.Metadata.ClrType.Name;
                var key = entry.Property(entry.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue;
                var id = NodeTypes.Contains(entity) && key is long nodeKey
                    ? GlobalId.Encode(entity, nodeKey)
                    : Convert.ToString(key, CultureInfo.InvariantCulture)!;
                _owner._changes.Add(new Change(entity, id, action));
            }
        }
    }
}
