using System.Data.Common;
using IntegrationHub.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Data.Audit;

/// <summary>The audit store in the hub's database (<c>audit_events</c>, with the subject and field index tables).
/// Each batch is one transaction on a context and connection of its own, never a request's: the request may still
/// be reading, and its context is not safe to share with the writer's thread. The writer's connection stays open
/// between batches.</summary>
/// <remarks>Durability: the batch is committed when <see cref="AppendAsync"/> returns. On SQLite the connection
/// sets <c>synchronous = FULL</c> before writing, so the commit is flushed to disk in either journal mode (with
/// WAL, the log is synced at each commit); PostgreSQL commits are durable with its default
/// <c>synchronous_commit = on</c>, which the hub's server must keep.</remarks>
public sealed class DatabaseAuditEventStore(IServiceScopeFactory scopes) : IAuditEventStore, IAsyncDisposable
{
    // Batches come one at a time from the group-commit writer; the gate keeps the writer's connection to one user
    // even if a caller appends concurrently.
    private readonly SemaphoreSlim _appending = new(1, 1);
    private Writer? _writer;

    /// <inheritdoc />
    /// <exception cref="AuditUnavailableException">The database could not be read, or the head event is unreadable.</exception>
    public async Task<SealedAuditEvent?> GetHeadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            // Read back as strictly as verification reads it: a writer never extends a chain whose head was altered.
            var head = await db.Set<AuditEventRow>().AsNoTracking()
                .Include(e => e.Subjects)
                .Include(e => e.Fields)
                .AsSplitQuery()
                .OrderByDescending(e => e.Sequence)
                .FirstOrDefaultAsync(cancellationToken);
            return head is null ? null : StoredAuditEvent.Sealed(head);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or FormatException)
        {
            throw new AuditUnavailableException($"The audit store could not read the head of the chain: {exception.Message}", exception);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The batch is empty or its sequences are not consecutive.</exception>
    /// <exception cref="AuditUnavailableException">Nothing was committed: the database failed, or the head is not
    /// the event the batch follows (another writer appended first).</exception>
    public async Task AppendAsync(IReadOnlyList<SealedAuditEvent> batch, CancellationToken cancellationToken)
    {
        CheckConsecutive(batch);
        await _appending.WaitAsync(cancellationToken);
        try
        {
            var writer = await WriterAsync(cancellationToken);
            // On SQLite this begins IMMEDIATE (Microsoft.Data.Sqlite's default), taking the write lock now, so
            // the head read below cannot go stale before the insert.
            await using var transaction = await writer.Db.Database.BeginTransactionAsync(cancellationToken);
            await CheckHeadAsync(writer.Db, batch[0], cancellationToken);
            await writer.Insert.InsertAsync(transaction.GetDbTransaction(), [.. batch.Select(AuditEventRow.From)], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException or InvalidOperationException)
        {
            // The connection may be broken: the next batch opens a new one.
            await CloseWriterAsync();
            // A taken sequence lands here as a unique-key violation: the batch is refused whole, never renumbered.
            throw new AuditUnavailableException(
                $"The audit store could not commit events {batch[0].Sequence} to {batch[^1].Sequence}: {Innermost(exception).Message}", exception);
        }
        finally
        {
            _appending.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await CloseWriterAsync();
        _appending.Dispose();
    }

    /// <summary>The writer's own context and open connection, kept between batches with the inserter's prepared
    /// statements: opening a scope, a context and a connection for every commit would cost more than the commit's
    /// inserts. Never a request's context.</summary>
    private async Task<Writer> WriterAsync(CancellationToken cancellationToken)
    {
        if (_writer is { } open)
        {
            return open;
        }

        var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = FULL", cancellationToken);
            }
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }

        _writer = new Writer(scope, db, new AuditBatchInsert(db.Database.GetDbConnection(),
            db.Database.IsSqlite() ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres));
        return _writer;
    }

    private async Task CloseWriterAsync()
    {
        if (_writer is { } open)
        {
            _writer = null;
            open.Insert.Dispose();
            await open.Scope.DisposeAsync();
        }
    }

    private static void CheckConsecutive(IReadOnlyList<SealedAuditEvent> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            throw new ArgumentException("An audit batch holds at least one event.", nameof(batch));
        }

        for (var i = 1; i < batch.Count; i++)
        {
            if (batch[i].Sequence != batch[i - 1].Sequence + 1 || batch[i].PreviousHash != batch[i - 1].Hash)
            {
                throw new ArgumentException(
                    $"Audit batch event {i} (sequence {batch[i].Sequence}) does not follow event {i - 1} (sequence {batch[i - 1].Sequence}).",
                    nameof(batch));
            }
        }
    }

    /// <summary>The batch must continue the stored chain exactly: its first sequence right after the head, and its
    /// first previous-hash the head's hash. Otherwise the writer's idea of the head is stale.</summary>
    private static async Task CheckHeadAsync(HubDbContext db, SealedAuditEvent first, CancellationToken cancellationToken)
    {
        var head = await db.Set<AuditEventRow>().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var (headSequence, headHash) = head is null ? (0L, AuditChain.GenesisHash) : (head.Sequence, head.Hash);
        if (first.Sequence != headSequence + 1 || first.PreviousHash != headHash)
        {
            throw new AuditUnavailableException(
                $"The audit store's head is event {headSequence}, but the batch follows event {first.Sequence - 1} " +
                "with another hash: another writer appended, so nothing was written.");
        }
    }

    private sealed record Writer(AsyncServiceScope Scope, HubDbContext Db, AuditBatchInsert Insert);

    private static Exception Innermost(Exception exception) => exception.InnerException is { } inner ? Innermost(inner) : exception;
}
