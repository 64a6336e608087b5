using System.Globalization;
using IntegrationHub.Api.Identity;
using IntegrationHub.Audit;
using IntegrationHub.Data;
using IntegrationHub.Data.Audit;
using IntegrationHub.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IntegrationHub.Api.Access;

/// <summary>What a request's mutations changed, committed, for its audit event ("mutations also record what
/// changed"): each entity, its id (the global id for node types) and whether it was added, modified or deleted.
/// When the hub has drafted the request's event (<see cref="Draft"/>), each mutation also stages the draft, with
/// every change so far, in its own transaction (<see cref="AuditOutbox"/>), so that a change never stands
/// unaudited when the request's event then fails to commit.</summary>
/// <remarks>Registered as a scoped service; a request without one (tests executing the schema directly) records into
/// a throwaway instance.</remarks>
public sealed class RequestChanges
{
    // The entities the API gives global ids (Node implementations); others are named by their row key.
    private static readonly HashSet<string> NodeTypes = new(StringComparer.Ordinal) { "Household", "Member", "Referral" };
    private readonly List<AuditChange> _changes = [];

    /// <summary>The changes committed so far, in commit order.</summary>
    public IReadOnlyList<AuditChange> All => _changes;

    /// <summary>The request's audit event as it is if its response is withheld, set by the hub before a mutation
    /// operation executes; null when nothing drafted it (then nothing is staged).</summary>
    public AuditEvent? Draft { get; private set; }

    /// <summary>The key the request's staged drafts share in the outbox.</summary>
    public Guid StagingKey { get; } = Guid.NewGuid();

    /// <summary>The changes of the request <paramref name="context"/> belongs to.</summary>
    public static RequestChanges Of(IResolverContext context) =>
        context.Services?.GetService(typeof(RequestChanges)) as RequestChanges ?? new RequestChanges();

    /// <summary>Sets the draft that mutations stage with their changes.</summary>
    public void DraftWith(AuditEvent draft) => Draft = draft;

    /// <summary>Notes the entries a save is about to write; once saved (keys of added rows are known only then),
    /// <see cref="Tracked.Stage"/> them in the transaction and <see cref="Tracked.Record"/> them after it commits.</summary>
    public Tracked Track(ChangeTracker tracker) => new(this, [.. tracker.Entries().Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        .Select(entry => (entry, Action: entry.State.ToString().ToLowerInvariant()))]);

    /// <summary>Entries of one mutation's save.</summary>
    public sealed class Tracked
    {
        private readonly RequestChanges _owner;
        private readonly IReadOnlyList<(EntityEntry Entry, string Action)> _entries;
        private List<AuditChange>? _changes;

        internal Tracked(RequestChanges owner, IReadOnlyList<(EntityEntry Entry, string Action)> entries)
        {
            _owner = owner;
            _entries = entries;
        }

        /// <summary>Adds the draft, with every change of the request including these saved ones, to
        /// <paramref name="db"/>'s unit of work, to commit with them; nothing when the request has no draft.</summary>
        public void Stage(HubDbContext db, DateTimeOffset now)
        {
            if (_owner.Draft is { } draft)
            {
                AuditOutbox.Stage(db, _owner.StagingKey, draft with { Changes = [.. _owner._changes, .. Changes()] }, now);
            }
        }

        /// <summary>Records the saved entries as committed.</summary>
        public void Record() => _owner._changes.AddRange(Changes());

        private List<AuditChange> Changes() => _changes ??= [.. _entries.Select(e => ChangeOf(e.Entry, e.Action))];

        private static AuditChange ChangeOf(EntityEntry entry, string action)
        {
            var entity = entry.Metadata.ClrType.Name;
            var key = entry.Property(entry.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue;
            var id = NodeTypes.Contains(entity) && key is long nodeKey
                ? GlobalId.Encode(entity, nodeKey)
                : Convert.ToString(key, CultureInfo.InvariantCulture)!;
            return new AuditChange(entity, id, action);
        }
    }
}
