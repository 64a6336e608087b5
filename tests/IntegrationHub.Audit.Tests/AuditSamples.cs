using IntegrationHub.Audit;
using IntegrationHub.Policies;

namespace IntegrationHub.Audit.Tests;

internal static class AuditSamples
{
    public static AuditEvent Event(int n = 1, string purpose = "housing-repair") => new()
    {
        OccurredAt = new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.FromHours(7)).AddSeconds(n),
        RequestId = $"req-{n}",
        HubInstance = "hub-a",
        ClientId = "codi-housing",
        AgencyCode = "codi",
        MouId = "MOU-2568-014",
        Purpose = purpose,
        TokenId = $"jti-{n}",
        OperationName = "HousingCandidates",
        OperationType = "query",
        DocumentHash = "sha256:" + new string('a', 64),
        VariablesHash = null,
        PolicyVersion = "sha256:" + new string('b', 64),
        Fields =
        [
            new AuditedField("Member.nationalId", FieldDecision.Masked, 9),
            new AuditedField("Household.address", FieldDecision.Granted, 2),
            new AuditedField("Member.healthCondition", FieldDecision.Denied, 0),
        ],
        Subjects = [new AuditSubject("Member", "m-7"), new AuditSubject("Household", "h-2"), new AuditSubject("Household", "h-1")],
        Outcome = "partial",
    };
}
