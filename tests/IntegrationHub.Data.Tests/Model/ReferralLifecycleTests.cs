using IntegrationHub.Data.Model;
using static IntegrationHub.Data.Model.ReferralStatus;

namespace IntegrationHub.Data.Tests.Model;

public sealed class ReferralLifecycleTests
{
    private static readonly DateTime At = new(2026, 11, 1, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Submit_NewReferral_StartsSubmittedWithWhoAndWhen()
    {
        var referral = Referral.Submit(1, null, ProblemDimension.LivingConditions, "codi", "Baan Por Piang", "officer.a", At);

        Assert.Equal(Submitted, referral.Status);
        var first = Assert.Single(referral.Transitions);
        Assert.Equal((Submitted, "officer.a", At), (first.Status, first.ChangedBy, first.ChangedAt));
    }

    [Fact]
    public void MoveTo_FullAssistedPath_RecordsEveryStep()
    {
        var referral = Referral.Submit(1, null, ProblemDimension.Income, "codi", "Baan Por Piang", "officer.a", At);

        referral.MoveTo(Accepted, "codi.b", At.AddDays(1));
        referral.MoveTo(InProgress, "codi.b", At.AddDays(2));
        referral.MoveTo(Assisted, "codi.b", At.AddDays(9));
        referral.MoveTo(Closed, "officer.a", At.AddDays(10));

        Assert.Equal(Closed, referral.Status);
        Assert.Equal([Submitted, Accepted, InProgress, Assisted, Closed], referral.Transitions.Select(t => t.Status));
    }

    [Theory]
    [InlineData(Submitted)]
    [InlineData(Accepted)]
    [InlineData(InProgress)]
    public void MoveTo_DeclineBeforeHelp_IsAllowedAndThenCloses(ReferralStatus reached)
    {
        var referral = ReferralAt(reached);

        referral.MoveTo(Declined, "codi.b", At, "outside the programme's area");
        referral.MoveTo(Closed, "officer.a", At);

        Assert.Equal("outside the programme's area", referral.Transitions[^2].Note);
        Assert.Equal(Closed, referral.Status);
    }

    [Theory]
    [InlineData(Submitted, InProgress)]
    [InlineData(Submitted, Assisted)]
    [InlineData(Submitted, Closed)]
    [InlineData(Accepted, Submitted)]
    [InlineData(Assisted, Declined)]
    [InlineData(Declined, Assisted)]
    [InlineData(Closed, Submitted)]
    [InlineData(Accepted, Accepted)]
    public void MoveTo_OutOfOrder_IsRefusedNamingBothStatuses(ReferralStatus reached, ReferralStatus next)
    {
        var referral = ReferralAt(reached);
        var transitions = referral.Transitions.Count;

        var version = referral.Version;

        var error = Assert.Throws<IllegalReferralTransitionException>(() => referral.MoveTo(next, "codi.b", At));

        Assert.Contains($"from {reached} to {next}", error.Message);
        Assert.Equal((reached, next), (error.From, error.To));
        Assert.Equal(Referral.NextStatuses(reached), error.Allowed);
        Assert.Equal(reached, referral.Status);
        Assert.Equal(transitions, referral.Transitions.Count);
        Assert.Equal(version, referral.Version);
    }

    [Fact]
    public void MoveTo_EachStep_RaisesTheVersion()
    {
        var referral = ReferralAt(Submitted);

        referral.MoveTo(Accepted, "codi.b", At);
        referral.MoveTo(InProgress, "codi.b", At);

        Assert.Equal(2, referral.Version);
    }

    [Fact]
    public void RecordAssistance_InProgress_MovesToAssistedAndKeepsTheHelp()
    {
        var referral = ReferralAt(InProgress);

        var record = referral.RecordAssistance(new DateOnly(2026, 11, 5), "house repair", 15_000.50m, "codi.b", At);

        Assert.Equal(Assisted, referral.Status);
        Assert.Equal((Assisted, "codi.b"), (referral.Transitions[^1].Status, referral.Transitions[^1].ChangedBy));
        Assert.Same(record, Assert.Single(referral.Assistance));
        Assert.Equal((new DateOnly(2026, 11, 5), "house repair", 15_000.50m), (record.GivenOn, record.Kind, record.AmountBaht));
    }

    [Fact]
    public void RecordAssistance_AlreadyAssisted_AddsHelpWithoutAStepButRaisesTheVersion()
    {
        var referral = ReferralAt(InProgress);
        referral.RecordAssistance(new DateOnly(2026, 11, 5), "cash grant", 3_000m, "codi.b", At);
        var (transitions, version) = (referral.Transitions.Count, referral.Version);

        referral.RecordAssistance(new DateOnly(2026, 12, 5), "cash grant", 3_000m, "codi.b", At);

        Assert.Equal(2, referral.Assistance.Count);
        Assert.Equal(transitions, referral.Transitions.Count);
        Assert.Equal(version + 1, referral.Version);
    }

    [Theory]
    [InlineData(Submitted)]
    [InlineData(Accepted)]
    [InlineData(Declined)]
    [InlineData(Closed)]
    public void RecordAssistance_BeforeHelpStartsOrAfterTheEnd_IsRefused(ReferralStatus reached)
    {
        var referral = ReferralAt(reached);

        var error = Assert.Throws<IllegalReferralTransitionException>(
            () => referral.RecordAssistance(new DateOnly(2026, 11, 5), "cash grant", null, "codi.b", At));

        Assert.Equal((reached, Assisted), (error.From, error.To));
        Assert.Empty(referral.Assistance);
    }

    [Fact]
    public void Submit_ByAnAgency_RecordsTheReferrer()
    {
        var referral = Referral.Submit(1, null, ProblemDimension.Health, "codi", "Baan Por Piang", "client-7", At, "moph");

        Assert.Equal("moph", referral.ReferrerAgencyCode);
        Assert.Equal(0, referral.Version);
    }

    [Fact]
    public void NextStatuses_Closed_IsFinal()
    {
        Assert.Empty(Referral.NextStatuses(Closed));
    }

    private static Referral ReferralAt(ReferralStatus status)
    {
        var referral = Referral.Submit(1, null, ProblemDimension.Health, "codi", "Baan Por Piang", "officer.a", At);
        ReferralStatus[] path = status switch
        {
            Submitted => [],
            Accepted => [Accepted],
            InProgress => [Accepted, InProgress],
            Assisted => [Accepted, InProgress, Assisted],
            Declined => [Declined],
            Closed => [Declined, Closed],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in path)
        {
            referral.MoveTo(step, "codi.b", At);
        }

        return referral;
    }
}
