using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Data.Changes;

/// <summary>One save of a <see cref="HubDbContext"/>: stamps <c>UpdatedAt</c>, saves, then appends one change-feed
/// entry per household, member and referral touched, all in one transaction. A change to a record's parts (a
/// score or problem of a household, a transition or assistance record of a referral) is reported as a change of
/// that household or referral, so consumers re-read it.</summary>
internal sealed class ChangeFeedRecorder(HubDbContext db, TimeProvider clock)
{
    private sealed record Touched(object Entity, ChangeOperation Operation);

    /// <summary>A household whose village changed in this save, and the village it left.</summary>
    private sealed record Move(long HouseholdId, string FromVillage);

    private sealed record Subject(ChangedEntity Entity, long EntityId, long? HouseholdId, long? ReferralId, ChangeOperation Operation);

    /// <summary>Runs <paramref name="save"/> (the base <c>SaveChangesAsync</c>) with the feed recorded around it.</summary>
    public async Task<int> SaveAsync(Func<CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (touched, moves) = CollectAndStamp(now);
        if (touched.Count == 0)
        {
            return await save(cancellationToken);
        }

        // Ids of added records exist only after the first save, so the entries need a second one; the
        // transaction makes the pair atomic. A caller's own transaction is joined, not committed here. If the
        // second save fails, the rollback undoes both, but the tracker has already accepted the first: discard the
        // context, as after any failed save.
        await using var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var saved = await save(cancellationToken);
        var changes = await DescribeAsync(touched, now, cancellationToken);
        await AddMovesAsync(changes, moves, now, cancellationToken);
        var first = await ChangeSequences.ReserveAsync(db, changes.Count, cancellationToken);
        for (var i = 0; i < changes.Count; i++)
        {
            changes[i].Sequence = first + i;
        }

        db.Changes.AddRange(changes);
        await save(cancellationToken);
        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    private (List<Touched> Touched, List<Move> Moves) CollectAndStamp(DateTime now)
    {
        var touched = new List<Touched>();
        var moves = new List<Move>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            var operation = entry.State switch
            {
                EntityState.Added or EntityState.Modified => ChangeOperation.Upserted,
                EntityState.Deleted => ChangeOperation.Deleted,
                _ => (ChangeOperation?)null,
            };
            if (operation is null)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Household household when operation == ChangeOperation.Upserted:
                    household.UpdatedAt = now;
                    if (entry.State == EntityState.Modified
                        && entry.Property(nameof(Household.VillageCode)) is { IsModified: true } village
                        && (string)village.OriginalValue! != household.VillageCode)
                    {
                        moves.Add(new Move(household.Id, (string)village.OriginalValue!));
                    }

                    break;
                case Member member when operation == ChangeOperation.Upserted:
                    member.UpdatedAt = now;
                    break;
                case Referral referral when operation == ChangeOperation.Upserted:
                    referral.UpdatedAt = now;
                    break;
            }

            if (entry.Entity is Household or Member or Referral or CapitalScore or HouseholdProblem
                or ReferralTransition or AssistanceRecord)
            {
                touched.Add(new Touched(entry.Entity, operation.Value));
            }
        }

        return (touched, moves);
    }

    /// <summary>For each household that moved: a <see cref="ChangeOperation.MovedOut"/> entry under the village it
    /// left, before everything else of the save, and an entry under the new village for each of its members and
    /// referrals, so that readers of either area keep an exact copy of what their area holds.</summary>
    private async Task AddMovesAsync(List<Change> changes, List<Move> moves, DateTime now, CancellationToken cancellationToken)
    {
        if (moves.Count == 0)
        {
            return;
        }

        var moved = moves.Select(m => m.HouseholdId).ToList();
        var newVillages = await db.Households.Where(h => moved.Contains(h.Id)).Select(h => new { h.Id, h.VillageCode })
            .ToDictionaryAsync(h => h.Id, h => h.VillageCode, cancellationToken);
        var members = await db.Members.Where(m => moved.Contains(m.HouseholdId)).Select(m => new { m.Id, m.HouseholdId })
            .ToListAsync(cancellationToken);
        var referrals = await db.Referrals.Where(r => moved.Contains(r.HouseholdId)).Select(r => new { r.Id, r.HouseholdId })
            .ToListAsync(cancellationToken);
        var listed = changes.Select(c => (c.Entity, c.EntityId)).ToHashSet();
        changes.InsertRange(0, moves.Select(move => new Change
        {
            Entity = ChangedEntity.Household,
            EntityId = move.HouseholdId,
            HouseholdId = move.HouseholdId,
            VillageCode = move.FromVillage,
            Operation = ChangeOperation.MovedOut,
            ChangedAt = now,
        }));
        changes.AddRange(members.Select(m => (Entity: ChangedEntity.Member, m.Id, m.HouseholdId))
            .Concat(referrals.Select(r => (Entity: ChangedEntity.Referral, r.Id, r.HouseholdId)))
            .Where(part => !listed.Contains((part.Entity, part.Id)))
            .Select(part => new Change
            {
                Entity = part.Entity,
                EntityId = part.Id,
                HouseholdId = part.HouseholdId,
                VillageCode = newVillages[part.HouseholdId],
                Operation = ChangeOperation.Upserted,
                ChangedAt = now,
            }));
    }

    private async Task<List<Change>> DescribeAsync(List<Touched> touched, DateTime now, CancellationToken cancellationToken)
    {
        var subjects = touched
            .Select(t => t.Entity switch
            {
                Household h => new Subject(ChangedEntity.Household, h.Id, h.Id, null, t.Operation),
                Member m => new Subject(ChangedEntity.Member, m.Id, m.HouseholdId, null, t.Operation),
                Referral r => new Subject(ChangedEntity.Referral, r.Id, r.HouseholdId, null, t.Operation),
                CapitalScore s => new Subject(ChangedEntity.Household, s.HouseholdId, s.HouseholdId, null, ChangeOperation.Upserted),
                HouseholdProblem p => new Subject(ChangedEntity.Household, p.HouseholdId, p.HouseholdId, null, ChangeOperation.Upserted),
                ReferralTransition rt => new Subject(ChangedEntity.Referral, rt.ReferralId, null, rt.ReferralId, ChangeOperation.Upserted),
                AssistanceRecord a => new Subject(ChangedEntity.Referral, a.ReferralId, null, a.ReferralId, ChangeOperation.Upserted),
                _ => throw new InvalidOperationException($"No change-feed subject for {t.Entity.GetType().Name}."),
            })
            // One entry per record and save; a deletion wins over a change of its parts.
            .GroupBy(s => (s.Entity, s.EntityId))
            .Select(g => g.FirstOrDefault(s => s.Operation == ChangeOperation.Deleted) ?? g.First())
            .OrderBy(s => s.Entity).ThenBy(s => s.EntityId)
            .ToList();

        var referralHouseholds = await HouseholdsOfReferralsAsync(touched, subjects, cancellationToken);
        var householdIds = subjects.Select(s => s.HouseholdId ?? referralHouseholds[s.ReferralId!.Value]).ToList();
        var villages = await VillagesOfHouseholdsAsync(touched, householdIds, cancellationToken);
        return subjects.Zip(householdIds, (subject, householdId) => new Change
        {
            Entity = subject.Entity,
            EntityId = subject.EntityId,
            HouseholdId = householdId,
            VillageCode = villages[householdId],
            Operation = subject.Operation,
            ChangedAt = now,
        }).ToList();
    }

    private async Task<Dictionary<long, long>> HouseholdsOfReferralsAsync(List<Touched> touched, List<Subject> subjects,
        CancellationToken cancellationToken)
    {
        var known = touched.Select(t => t.Entity).OfType<Referral>()
            .Concat(db.ChangeTracker.Entries<Referral>().Select(e => e.Entity))
            .DistinctBy(r => r.Id)
            .ToDictionary(r => r.Id, r => r.HouseholdId);
        var missing = subjects.Where(s => s.HouseholdId is null && !known.ContainsKey(s.ReferralId!.Value))
            .Select(s => s.ReferralId!.Value).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var row in await db.Referrals.Where(r => missing.Contains(r.Id))
                         .Select(r => new { r.Id, r.HouseholdId }).ToListAsync(cancellationToken))
            {
                known[row.Id] = row.HouseholdId;
            }
        }

        return known;
    }

    private async Task<Dictionary<long, string>> VillagesOfHouseholdsAsync(List<Touched> touched, List<long> householdIds,
        CancellationToken cancellationToken)
    {
        // Deleted households are no longer tracked after the save, but the touched list still holds them.
        var known = touched.Select(t => t.Entity).OfType<Household>()
            .Concat(db.ChangeTracker.Entries<Household>().Select(e => e.Entity))
            .DistinctBy(h => h.Id)
            .ToDictionary(h => h.Id, h => h.VillageCode);
        var missing = householdIds.Where(id => !known.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var row in await db.Households.Where(h => missing.Contains(h.Id))
                         .Select(h => new { h.Id, h.VillageCode }).ToListAsync(cancellationToken))
            {
                known[row.Id] = row.VillageCode;
            }
        }

        return known;
    }
}
