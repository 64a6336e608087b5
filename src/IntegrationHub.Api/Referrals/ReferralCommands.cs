using IntegrationHub.Api.Access;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Identity;
using IntegrationHub.Api.Referrals.Inputs;
using IntegrationHub.Data;
using IntegrationHub.Data.Model;
using IntegrationHub.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Referrals;

/// <summary>The referral mutations' decisions, as one caller at one instant: find the records the input names
/// inside the caller's area, check that the caller may act on them, and ask the model for the change, which
/// refuses what the lifecycle does not allow. Nothing is saved here (see <see cref="MutationTransaction"/>).</summary>
/// <param name="db">The request's context.</param>
/// <param name="caller">Who acts.</param>
/// <param name="clock">When: read as the change is made, after the records it rests on were read.</param>
public sealed class ReferralCommands(HubDbContext db, RequestCaller caller, TimeProvider clock)
{
    /// <summary>Who the transition records as having acted: the OAuth client, or the hub itself.</summary>
    private string Actor => caller.ClientId ?? MutationTransaction.HubActor;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Submits a referral of a household in the caller's area, recording the caller's agency as the referrer.</summary>
    /// <exception cref="FieldErrorException">The household, member or agency does not exist for this caller (NOT_FOUND).</exception>
    public async Task<Func<long>> CreateAsync(CreateReferralInput input, CancellationToken cancellationToken)
    {
        var householdKey = GlobalId.DecodeKey(input.HouseholdId, HouseholdGraphType.Name);
        if (!await VisibleHouseholds().AnyAsync(h => h.Id == householdKey, cancellationToken))
        {
            throw MutationErrors.NotFound("household", input.HouseholdId, InputValidation.InputArgument, "householdId");
        }

        long? memberKey = input.MemberId is null ? null : GlobalId.DecodeKey(input.MemberId, MemberGraphType.Name);
        if (memberKey is { } member && !await db.Members.AnyAsync(m => m.Id == member && m.HouseholdId == householdKey, cancellationToken))
        {
            throw MutationErrors.NotFound("member of that household", input.MemberId!, InputValidation.InputArgument, "memberId");
        }

        if (!await db.Agencies.AnyAsync(a => a.Code == input.Agency, cancellationToken))
        {
            throw MutationErrors.NotFound("agency", input.Agency, InputValidation.InputArgument, "agency");
        }

        var referral = Referral.Submit(householdKey, memberKey, input.Dimension, input.Agency, input.Programme, Actor, Now, caller.AgencyCode);
        db.Referrals.Add(referral);
        return () => referral.Id;
    }

    /// <summary>Moves a referral addressed to the caller's agency to <paramref name="status"/>.</summary>
    /// <exception cref="FieldErrorException">The referral does not exist for this caller (NOT_FOUND) or is another
    /// agency's (REFERRAL_NOT_YOURS).</exception>
    /// <exception cref="IllegalReferralTransitionException">The lifecycle does not allow the step.</exception>
    public async Task<Func<long>> MoveAsync(string referralId, ReferralStatus status, string? note, CancellationToken cancellationToken)
    {
        var referral = await ActionableReferralAsync(referralId, cancellationToken);
        referral.MoveTo(status, Actor, Now, note);
        return () => referral.Id;
    }

    /// <summary>Records help given on a referral addressed to the caller's agency.</summary>
    /// <exception cref="FieldErrorException">As for <see cref="MoveAsync"/>.</exception>
    /// <exception cref="IllegalReferralTransitionException">The referral is neither in progress nor assisted.</exception>
    public async Task<Func<long>> RecordAssistanceAsync(RecordAssistanceInput input, CancellationToken cancellationToken)
    {
        var referral = await ActionableReferralAsync(input.ReferralId, cancellationToken);
        var amount = input.AmountBaht is { } baht ? Math.Round((decimal)baht, 2) : (decimal?)null;
        referral.RecordAssistance(input.GivenOn, input.Kind, amount, Actor, Now);
        return () => referral.Id;
    }

    /// <summary>Takes a household in the caller's area out of the programme.</summary>
    /// <exception cref="FieldErrorException">The household does not exist for this caller (NOT_FOUND) or has
    /// already exited (ILLEGAL_TRANSITION).</exception>
    public async Task<Func<long>> ExitHouseholdAsync(ExitHouseholdInput input, CancellationToken cancellationToken)
    {
        var key = GlobalId.DecodeKey(input.HouseholdId, HouseholdGraphType.Name);
        var household = await VisibleHouseholds().SingleOrDefaultAsync(h => h.Id == key, cancellationToken)
            ?? throw MutationErrors.NotFound("household", input.HouseholdId, InputValidation.InputArgument, "householdId");
        if (household.Status == HouseholdStatus.Exited)
        {
            throw MutationErrors.AlreadyExited(household.Id, household.ExitedOn);
        }

        household.Exit(input.Reason, input.ExitedOn);
        return () => household.Id;
    }

    private IQueryable<Household> VisibleHouseholds() => caller.Area.Apply(db.Households, h => h.VillageCode);

    /// <summary>The referral, tracked, if the caller can see it and may act on it: only the agency it is addressed
    /// to moves it, so that one agency cannot accept or close another's case; the hub itself may.</summary>
    private async Task<Referral> ActionableReferralAsync(string referralId, CancellationToken cancellationToken)
    {
        var key = GlobalId.DecodeKey(referralId, ReferralGraphType.Name);
        var referral = await caller.Area.Apply(db.Referrals, r => r.Household!.VillageCode)
                .SingleOrDefaultAsync(r => r.Id == key, cancellationToken)
            ?? throw MutationErrors.NotFound("referral", referralId, InputValidation.InputArgument, "referralId");
        return caller.AgencyCode is { } agency && agency != referral.AgencyCode
            ? throw MutationErrors.ReferralNotYours(referral.Id, agency)
            : referral;
    }
}
