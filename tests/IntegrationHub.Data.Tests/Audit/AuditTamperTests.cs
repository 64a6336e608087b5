using IntegrationHub.Data.Tests.Infrastructure;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.Audit;

/// <summary>Someone with rights over the schema drops the append-only triggers and edits, deletes or reorders stored
/// audit rows: verification names the first bad sequence.</summary>
public sealed class AuditTamperTests
{
    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Verify_CanonicalFormEdited_NamesThatSequence(DatabaseProvider provider)
    {
        await using var audit = await TamperableAsync(provider);

        await audit.Database.ExecuteAsync(
            "UPDATE audit_events SET canonical_form = replace(canonical_form, 'housing-repair', 'health-visit') WHERE sequence = 3");

        var report = await audit.VerifyAsync();
        Assert.Equal((2L, 3L), (report.CheckedCount, report.FirstBadSequence));
        Assert.Contains("purpose disagree", report.Problem);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Verify_EventAndItsColumnsEditedAlike_FailsOnTheHash(DatabaseProvider provider)
    {
        await using var audit = await TamperableAsync(provider);

        await audit.Database.ExecuteAsync(
            "UPDATE audit_events SET canonical_form = replace(canonical_form, 'housing-repair', 'health-visit'), purpose = 'health-visit' WHERE sequence = 3");

        var report = await audit.VerifyAsync();
        Assert.Equal(3L, report.FirstBadSequence);
        Assert.Equal("its content does not match its hash: the event was altered", report.Problem);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Verify_CanonicalFormReformatted_NamesThatSequence(DatabaseProvider provider)
    {
        await using var audit = await TamperableAsync(provider);

        // The same meaning, other bytes: what was hashed is no longer what is stored.
        await audit.Database.ExecuteAsync("UPDATE audit_events SET canonical_form = replace(canonical_form, ',', ', ') WHERE sequence = 4");

        var report = await audit.VerifyAsync();
        Assert.Equal(4L, report.FirstBadSequence);
        Assert.Contains("not in canonical form", report.Problem);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Verify_RowDeleted_NamesTheMissingSequence(DatabaseProvider provider)
    {
        await using var audit = await TamperableAsync(provider);

        await DeleteAsync(audit, 3);

        var report = await audit.VerifyAsync();
        Assert.Equal((2L, 3L), (report.CheckedCount, report.FirstBadSequence));
        Assert.Contains("jumps from 2 to 4", report.Problem);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Verify_LastRowOfTheRangeDeleted_NamesItWhenLaterEventsExist(DatabaseProvider provider)
    {
        await using var audit = await TamperableAsync(provider);

        await DeleteAsync(audit, 4);

        var report = await audit.VerifyAsync(from: 2, to: 4);
        Assert.Equal((2L, 4L), (report.CheckedCount, report.FirstBadSequence));
        Assert.Contains("missing", report.Problem);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Verify_RowsSwapped_NamesTheFirstOfThem(DatabaseProvider provider)
    {
        await using var audit = await TamperableAsync(provider);

        // Events 2 and 3 trade contents (the unique event id stays, as a swap under its index must leave it).
        const string columns = "occurred_at, client_id, agency_code, mou_id, purpose, operation_type, operation_name, outcome, request_id, canonical_form, previous_hash, hash";
        await audit.Database.ExecuteAsync($"""
            CREATE TABLE swap AS SELECT sequence, {columns} FROM audit_events WHERE sequence IN (2, 3);
            UPDATE audit_events SET ({columns}) = (SELECT {columns} FROM swap WHERE swap.sequence = 5 - audit_events.sequence) WHERE sequence IN (2, 3);
            DROP TABLE swap;
            """);

        var report = await audit.VerifyAsync();
        Assert.Equal((1L, 2L), (report.CheckedCount, report.FirstBadSequence));
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Verify_SubjectIndexRowDeleted_NamesThatSequence(DatabaseProvider provider)
    {
        await using var audit = await TamperableAsync(provider);

        // Hiding an access from "who saw this household" without touching the event itself.
        await audit.Database.ExecuteAsync("DELETE FROM audit_subjects WHERE sequence = 2 AND subject_kind = 'Household'");

        var report = await audit.VerifyAsync();
        Assert.Equal(2L, report.FirstBadSequence);
        Assert.Contains("audit_subjects disagree", report.Problem);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Verify_UntouchedRange_IsValidFromAnyStart(DatabaseProvider provider)
    {
        await using var audit = await TamperableAsync(provider);

        Assert.Equal(new(3, null, null), await audit.VerifyAsync(from: 2, to: 4));
        Assert.Equal(new(2, null, null), await audit.VerifyAsync(from: 4));
    }

    private static async Task<AuditStoreFixture> TamperableAsync(DatabaseProvider provider)
    {
        var audit = await AuditStoreFixture.CreateAsync(provider);
        await audit.AppendAsync(5);
        await audit.DropAppendOnlyTriggersAsync();
        return audit;
    }

    private static Task DeleteAsync(AuditStoreFixture audit, long sequence) => audit.Database.ExecuteAsync($"""
        DELETE FROM audit_subjects WHERE sequence = {sequence};
        DELETE FROM audit_fields WHERE sequence = {sequence};
        DELETE FROM audit_events WHERE sequence = {sequence};
        """);
}
