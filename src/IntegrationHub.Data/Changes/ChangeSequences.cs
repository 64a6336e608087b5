using IntegrationHub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Data.Changes;

/// <summary>Hands out change-feed sequence numbers, for every writer of the feed.</summary>
internal static class ChangeSequences
{
    /// <summary>Reserves <paramref name="count"/> consecutive sequences in the current transaction and returns the
    /// first. It updates the counter row, which holds that row's lock until commit: a concurrent writer waits
    /// here, so sequences are handed out in commit order and a reader never sees N+1 committed while N is still
    /// in flight.</summary>
    public static async Task<long> ReserveAsync(HubDbContext db, long count, CancellationToken cancellationToken)
    {
        var counter = db.Set<ChangeFeedCounter>().Where(c => c.Id == ChangeFeedCounter.SingletonId);
        await counter.ExecuteUpdateAsync(set => set.SetProperty(c => c.LastSequence, c => c.LastSequence + count),
            cancellationToken);
        var last = await counter.Select(c => c.LastSequence).SingleAsync(cancellationToken);
        return last - count + 1;
    }
}
