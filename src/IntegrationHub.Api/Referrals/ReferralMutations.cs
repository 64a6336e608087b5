using FluentValidation;
using IntegrationHub.Api.Access;
using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Referrals.Inputs;
using IntegrationHub.Api.Referrals.Validation;
using IntegrationHub.Data.Model;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Api.Referrals;

/// <summary>The <c>Mutation</c> fields of the referral lifecycle (การส่งต่อ) and of household exit. Each takes an
/// <c>input</c> and an optional <c>idempotencyKey</c>, validates the input, and runs as its own transaction
/// (<see cref="MutationTransaction"/>). Results are nullable, as MOU scopes guard them.</summary>
public static class ReferralMutations
{
    private static readonly CreateReferralInputValidator CreateValidator = new();
    private static readonly ReferralStepInputValidator StepValidator = new();
    private static readonly DeclineReferralInputValidator DeclineValidator = new();

    /// <summary>The fields, in schema order.</summary>
    public static IReadOnlyList<FieldDefinition> Fields =>
    [
        new FieldDefinition("createReferral", ReferralPayloadGraphTypes.Referral,
            Arguments(ReferralInputGraphTypes.CreateReferral),
            context => ReferralResultAsync(context, "createReferral", CreateValidator.Checked(CreateReferralInput.From(InputOf(context))),
                (commands, input, token) => commands.CreateAsync(input, token)),
            "Refers a household to an agency's programme (ส่งต่อ); the referral starts SUBMITTED, with the caller's agency as its referrer."),
        StepField("acceptReferral", ReferralStatus.Accepted,
            "The agency referred to takes the case (รับเรื่อง): SUBMITTED to ACCEPTED."),
        StepField("startReferral", ReferralStatus.InProgress,
            "The agency starts helping (ดำเนินการ): ACCEPTED to IN_PROGRESS."),
        new FieldDefinition("recordAssistance", ReferralPayloadGraphTypes.Referral,
            Arguments(ReferralInputGraphTypes.RecordAssistance),
            context => ReferralResultAsync(context, "recordAssistance",
                new RecordAssistanceInputValidator(MutationClock.Of(context)).Checked(RecordAssistanceInput.From(InputOf(context))),
                (commands, input, token) => commands.RecordAssistanceAsync(input, token)),
            "Records help the agency gave (บันทึกผลการช่วยเหลือ): the first record moves the referral from IN_PROGRESS to ASSISTED; more may follow while it is ASSISTED."),
        new FieldDefinition("declineReferral", ReferralPayloadGraphTypes.Referral,
            Arguments(ReferralInputGraphTypes.DeclineReferral),
            context => ReferralResultAsync(context, "declineReferral", DeclineValidator.Checked(DeclineReferralInput.From(InputOf(context))),
                (commands, input, token) => commands.MoveAsync(input.ReferralId, ReferralStatus.Declined, input.Reason, token)),
            "The agency declines the case with a reason (ปฏิเสธ): from SUBMITTED, ACCEPTED or IN_PROGRESS to DECLINED."),
        StepField("closeReferral", ReferralStatus.Closed,
            "Finishes the referral (ปิดเรื่อง): ASSISTED or DECLINED to CLOSED, after which it never changes."),
        new FieldDefinition("exitHousehold", ReferralPayloadGraphTypes.ExitHousehold,
            Arguments(ReferralInputGraphTypes.ExitHousehold),
            ExitHouseholdAsync,
            "Takes a household out of the programme (นำออก); the record stays, and the change feed reports the exit."),
    ];

    private static FieldDefinition StepField(string name, ReferralStatus status, string description) => new(
        name,
        ReferralPayloadGraphTypes.Referral,
        Arguments(ReferralInputGraphTypes.ReferralStep),
        context => ReferralResultAsync(context, name, StepValidator.Checked(ReferralStepInput.From(InputOf(context))),
            (commands, input, token) => commands.MoveAsync(input.ReferralId, status, input.Note, token)),
        description + " Only the agency the referral is addressed to may do it.");

    private static IReadOnlyList<InputValueDefinition> Arguments(InputObjectType input) =>
    [
        new InputValueDefinition(InputValidation.InputArgument, new NonNullType(input), description: "What to do."),
        new InputValueDefinition(IdempotencyKey.Argument, SpecifiedScalars.String,
            description: $"Makes a retry safe: a request repeated with the same key and input returns the first result without changing anything again; the same key with another input is refused. Unique per client; at most {IdempotencyKey.MaximumLength} characters."),
    ];

    private static IReadOnlyDictionary<string, object?> InputOf(IResolverContext context) =>
        (IReadOnlyDictionary<string, object?>)context.Arguments[InputValidation.InputArgument]!;

    private static async ValueTask<object?> ReferralResultAsync<TInput>(
        IResolverContext context, string operation, TInput input, Func<ReferralCommands, TInput, CancellationToken, Task<Func<long>>> change)
    {
        var id = await MutationTransaction.RunAsync(context, operation, (commands, token) => change(commands, input, token));
        // Read afresh rather than through the request's loader, whose cache may hold the referral as an earlier
        // mutation of the same request left it.
        var area = RequestCaller.Of(context).Area;
        return await RequestDatabase.Of(context).QueryAsync(
            (db, token) => area.Apply(db.Referrals, r => r.Household!.VillageCode)
                .Where(r => r.Id == id)
                .Select(ReferralRow.FromEntity)
                .SingleOrDefaultAsync(token),
            context.CancellationToken);
    }

    private static async ValueTask<object?> ExitHouseholdAsync(IResolverContext context)
    {
        var input = new ExitHouseholdInputValidator(MutationClock.Of(context)).Checked(ExitHouseholdInput.From(InputOf(context)));
        var id = await MutationTransaction.RunAsync(context, "exitHousehold", (commands, token) => commands.ExitHouseholdAsync(input, token));
        return new ReferralPayloadGraphTypes.ExitedHousehold(id);
    }
}
