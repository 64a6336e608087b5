using IntegrationHub.Api.Access;
using IntegrationHub.Api.Loading;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Referrals;

/// <summary>Runs one mutation as one unit: read and decide, then save the change and the idempotency record in one
/// transaction, so that a key is stored exactly when its change is.</summary>
/// <remarks>
/// Reading happens before the transaction, so that a decision rests on the version it read: a referral changed by
/// someone else in between fails the save's version check (CONFLICT) instead of being stepped on from a state its
/// caller never saw. A retry with a used key returns the first outcome without running the mutation again; two
/// first uses of one key at once are settled by the unique (client, key) index, and the loser returns the winner's
/// outcome.
/// </remarks>
public static class MutationTransaction
{
    /// <summary>Who the record of a change names when the hub itself acts (<see cref="RequestCaller.Internal"/>).</summary>
    public const string HubActor = "hub";

    /// <summary>Decides and makes the change in memory on <paramref name="commands"/>' context; returns how to read
    /// the key of the result once saved (a new referral has none before).</summary>
    public delegate Task<Func<long>> Change(ReferralCommands commands, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="change"/> as mutation <paramref name="operation"/> of the request of
    /// <paramref name="context"/>, honouring its idempotency key; returns the key of the record it changed.</summary>
    /// <exception cref="FieldErrorException">The key was used for another request, the change is illegal, or a
    /// concurrent change won (codes in <see cref="MutationErrors"/>).</exception>
    public static async Task<long> RunAsync(IResolverContext context, string operation, Change change)
    {
        var caller = RequestCaller.Of(context);
        var clientId = caller.ClientId ?? HubActor;
        var key = IdempotencyKey.Of(context);
        var requestHash = RequestHash.Of(operation, (IReadOnlyDictionary<string, object?>)context.Arguments[InputValidation.InputArgument]!);
        var clock = MutationClock.Of(context);
        return await RequestDatabase.Of(context).QueryAsync(
            async (db, token) =>
            {
                try
                {
                    if (key is not null && await EarlierOutcomeAsync(db, clientId, key, requestHash, token) is { } earlier)
                    {
                        return earlier;
                    }

                    var resultId = await change(new ReferralCommands(db, caller, clock), token);
                    var changes = RequestChanges.Of(context).Track(db.ChangeTracker);
                    await using var transaction = await db.Database.BeginTransactionAsync(token);
                    await db.SaveChangesAsync(token);
                    var id = resultId();
                    if (key is not null)
                    {
                        db.Add(new IdempotencyRecord
                        {
                            ClientId = clientId,
                            IdempotencyKey = key,
                            Operation = operation,
                            RequestHash = requestHash,
                            ResultId = id,
                            CreatedAt = clock.GetUtcNow().UtcDateTime,
                        });
                    }

                    // The request's drafted audit event commits with the changes it records, or neither does.
                    changes.Stage(db, clock.GetUtcNow());
                    await db.SaveChangesAsync(token);
                    await transaction.CommitAsync(token);
                    changes.Record();
                    return id;
                }
                catch (IllegalReferralTransitionException illegal)
                {
                    throw MutationErrors.IllegalTransition(illegal);
                }
                catch (DbUpdateException failure)
                {
                    // The transaction is rolled back. If a concurrent request with this key won, its outcome is ours.
                    db.ChangeTracker.Clear();
                    if (key is not null && await EarlierOutcomeAsync(db, clientId, key, requestHash, token) is { } winner)
                    {
                        return winner;
                    }

                    if (failure is DbUpdateConcurrencyException conflict)
                    {
                        throw MutationErrors.Conflict(conflict.Entries.Select(e => e.Entity).OfType<Referral>().Select(r => r.Id).FirstOrDefault());
                    }

                    throw;
                }
                finally
                {
                    // Each mutation starts from the database, not from what an earlier one of the request tracked.
                    db.ChangeTracker.Clear();
                }
            },
            context.CancellationToken);
    }

    /// <summary>The result of the earlier request with <paramref name="key"/>, or null when there was none.</summary>
    /// <exception cref="FieldErrorException">The earlier request was a different one (code
    /// <see cref="MutationErrors.IdempotencyKeyReusedCode"/>).</exception>
    private static async Task<long?> EarlierOutcomeAsync(
        HubDbContext db, string clientId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var earlier = await db.Set<IdempotencyRecord>()
            .Where(r => r.ClientId == clientId && r.IdempotencyKey == key)
            .Select(r => new { r.RequestHash, r.ResultId })
            .SingleOrDefaultAsync(cancellationToken);
        return earlier is null ? null
            : earlier.RequestHash == requestHash ? earlier.ResultId
            : throw MutationErrors.IdempotencyKeyReused(key);
    }
}
