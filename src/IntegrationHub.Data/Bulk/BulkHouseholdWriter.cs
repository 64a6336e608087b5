using IntegrationHub.Data.Changes;
using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace IntegrationHub.Data.Bulk;

/// <summary>Adds new households with their members, scores, problems and referrals through prepared inserts
/// (<see cref="ModelInsert{T}"/>) instead of EF's change tracker, which costs more than the writing itself when
/// there are millions of records: seeding a million households takes minutes, and memory holds one batch. The
/// change feed gets the entries a save through <see cref="HubDbContext"/> would write: one per household, member
/// and referral, in entity then id order, numbered in the same transaction.</summary>
internal sealed class BulkHouseholdWriter(HubDbContext db) : IAsyncDisposable
{
    private readonly ModelInsert<Household> _households = new(db);
    private readonly ModelInsert<Member> _members = new(db);
    private readonly ModelInsert<CapitalScore> _scores = new(db);
    private readonly ModelInsert<HouseholdProblem> _problems = new(db);
    private readonly ModelInsert<Referral> _referrals = new(db);
    private readonly ModelInsert<ReferralTransition> _transitions = new(db);
    private readonly ModelInsert<AssistanceRecord> _assistance = new(db);
    private readonly ModelInsert<Change> _changes = new(db);

    /// <summary>Adds <paramref name="batch"/> (records without ids), stamped <paramref name="now"/>, in one
    /// transaction: the caller's when it has one, else one of its own, committed here.</summary>
    public async Task AddAsync(IReadOnlyList<Household> batch, DateTime now, CancellationToken cancellationToken)
    {
        await using var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var tx = db.Database.CurrentTransaction!.GetDbTransaction();

        // Level by level, so that each level is one batch: parents first, whose generated keys the next needs.
        foreach (var household in batch)
        {
            household.UpdatedAt = now;
        }

        Assign(await _households.InsertAsync(batch, tx, cancellationToken), batch, (h, id) => h.Id = id);
        var members = batch.SelectMany(h => h.Members.Select(m => (Member: m, Household: h))).ToList();
        foreach (var (member, household) in members)
        {
            member.HouseholdId = household.Id;
            member.UpdatedAt = now;
        }

        Assign(await _members.InsertAsync(members.Select(m => m.Member).ToList(), tx, cancellationToken), members, (m, id) => m.Member.Id = id);
        await _scores.InsertAsync(Children(batch, h => h.CapitalScores, (s, h) => s.HouseholdId = h.Id), tx, cancellationToken);
        await _problems.InsertAsync(Children(batch, h => h.Problems, (p, h) => p.HouseholdId = h.Id), tx, cancellationToken);
        var referrals = Children(batch, h => h.Referrals, (r, h) =>
        {
            r.HouseholdId = h.Id;
            r.UpdatedAt = now;
        });
        Assign(await _referrals.InsertAsync(referrals, tx, cancellationToken), referrals, (r, id) => r.Id = id);
        await _transitions.InsertAsync(Children(referrals, r => r.Transitions, (t, r) => t.ReferralId = r.Id), tx, cancellationToken);
        await _assistance.InsertAsync(Children(referrals, r => r.Assistance, (a, r) => a.ReferralId = r.Id), tx, cancellationToken);

        var villages = batch.ToDictionary(h => h.Id, h => h.VillageCode);
        var changes = batch.Select(h => Describe(ChangedEntity.Household, h.Id, h.Id, villages, now))
            .Concat(members.Select(m => Describe(ChangedEntity.Member, m.Member.Id, m.Household.Id, villages, now)))
            .Concat(referrals.Select(r => Describe(ChangedEntity.Referral, r.Id, r.HouseholdId, villages, now)))
            .OrderBy(c => c.Entity).ThenBy(c => c.EntityId)
            .ToList();
        var first = await ChangeSequences.ReserveAsync(db, changes.Count, cancellationToken);
        for (var i = 0; i < changes.Count; i++)
        {
            changes[i].Sequence = first + i;
        }

        await _changes.InsertAsync(changes, tx, cancellationToken);
        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _households.DisposeAsync();
        await _members.DisposeAsync();
        await _scores.DisposeAsync();
        await _problems.DisposeAsync();
        await _referrals.DisposeAsync();
        await _transitions.DisposeAsync();
        await _assistance.DisposeAsync();
        await _changes.DisposeAsync();
    }

    private static void Assign<TRow>(long[] keys, IReadOnlyList<TRow> rows, Action<TRow, long> setKey)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            setKey(rows[i], keys[i]);
        }
    }

    /// <summary>The children of every parent, each told its parent's key first.</summary>
    private static List<TChild> Children<TParent, TChild>(IEnumerable<TParent> parents, Func<TParent, IEnumerable<TChild>> children,
        Action<TChild, TParent> linkToParent) =>
        parents.SelectMany(parent => children(parent).Select(child =>
        {
            linkToParent(child, parent);
            return child;
        })).ToList();

    private static Change Describe(ChangedEntity entity, long id, long householdId, Dictionary<long, string> villages, DateTime now) => new()
    {
        Entity = entity,
        EntityId = id,
        HouseholdId = householdId,
        VillageCode = villages[householdId],
        Operation = ChangeOperation.Upserted,
        ChangedAt = now,
    };
}
