using System.Globalization;
using IntegrationHub.Api.Auditing;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.Data.Audit;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Queries;

/// <summary>The <c>Query</c> fields for what auditors query: audit events and the chain check. Both are nullable
/// because an auditor MOU's scope guards them (policies/catalogue.yaml).</summary>
public static class AuditQueries
{
    /// <summary>The most events one <c>verifyAuditChain</c> call checks; longer ranges are for <c>audit verify</c>,
    /// which is not bound by a request's time.</summary>
    public const int MaximumVerifiedRange = 100_000;

    /// <summary>The error code of a verification range that is empty, reversed or too long.</summary>
    public const string InvalidRangeCode = "INVALID_AUDIT_RANGE";

    /// <summary>The fields, in schema order.</summary>
    public static IReadOnlyList<FieldDefinition> Fields =>
    [
        new FieldDefinition("auditEvents", AuditGraphTypes.Connection,
            [
                new InputValueDefinition("where", AuditGraphTypes.Filter,
                    description: "Only the events that meet every condition given; all events when absent."),
                new InputValueDefinition("first", new NonNullType(SpecifiedScalars.Int),
                    Parser.ParseConstValue(PageSize.Default.ToString(CultureInfo.InvariantCulture)),
                    $"How many events the page holds, 0 to {PageSize.Maximum}."),
                new InputValueDefinition("after", SpecifiedScalars.String,
                    description: "Start after this cursor (an endCursor or edge cursor of an earlier page); from the first event when absent."),
            ],
            AuditEventsAsync,
            "Audit events (บันทึกการตรวจสอบ), for auditors: who read whose data, which fields, when, under which MOU and purpose; in sequence order, page by page."),
        new FieldDefinition("verifyAuditChain", AuditGraphTypes.Verification,
            [
                new InputValueDefinition("from", LongScalar.Instance,
                    description: "The first sequence to check; 1 when absent."),
                new InputValueDefinition("to", LongScalar.Instance,
                    description: $"The last sequence to check; the newest event when absent. At most {MaximumVerifiedRange} events per call."),
            ],
            VerifyAuditChainAsync,
            "Recomputes the audit trail's hash chain over a range of sequences and names the first event that is altered, missing or out of order."),
    ];

    private static async ValueTask<object?> AuditEventsAsync(IResolverContext context)
    {
        var filter = AuditEventFilter.From(context.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>);
        var first = PageSize.Check((int)context.Arguments["first"]!);
        var after = AuditEventPage.AfterSequence(context.Arguments.GetValueOrDefault("after") as string);
        return await AuditEventPage.LoadAsync(RequestDatabase.Of(context), filter, first, after, context.CancellationToken);
    }

    private static async ValueTask<object?> VerifyAuditChainAsync(IResolverContext context)
    {
        var from = context.Arguments.GetValueOrDefault("from") as long? ?? 1;
        var to = context.Arguments.GetValueOrDefault("to") as long?;
        if (from < 1 || to < from)
        {
            throw new FieldErrorException(
                $"The range from {from} to {to} is not a range of sequences: from must be at least 1 and to at least from.", code: InvalidRangeCode);
        }

        return await RequestDatabase.Of(context).QueryAsync(async (db, token) =>
        {
            var log = new AuditLog(db);
            var last = to ?? await log.HeadSequenceAsync(token);
            if (last - from + 1 > MaximumVerifiedRange)
            {
                throw new FieldErrorException(
                    $"The range from {from} to {last} holds {last - from + 1} events, more than the {MaximumVerifiedRange} one call verifies: " +
                    "split it, or run `IntegrationHub audit verify` on the server.", code: InvalidRangeCode);
            }

            return await log.VerifyAsync(from, to, token);
        }, context.CancellationToken);
    }
}
