using FluentValidation;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Referrals.Inputs;

namespace IntegrationHub.Api.Referrals.Validation;

/// <summary>The checks on <see cref="RecordAssistanceInput"/>: help given on a past day, named, and worth an amount
/// the store keeps exactly (decimal(12,2): below ten thousand million baht, whole satang).</summary>
public sealed class RecordAssistanceInputValidator : InputValidator<RecordAssistanceInput>
{
    /// <summary>The largest amount decimal(12,2) holds.</summary>
    public const double MaximumBaht = 9_999_999_999.99;

    /// <summary>The rules, with "today" from <paramref name="clock"/>.</summary>
    public RecordAssistanceInputValidator(TimeProvider clock)
    {
        Field(i => i.ReferralId).GlobalIdOf(ReferralGraphType.Name);
        Field(i => i.GivenOn).NotInTheFuture(InputRules.TodayInThailand(clock));
        Field(i => i.Kind).RequiredText(200);
        Field(i => i.AmountBaht)
            .InclusiveBetween(0, MaximumBaht)
            .Must(amount => amount is not { } baht || Math.Round(baht, 2) == baht)
            .WithMessage("'{PropertyName}' is {PropertyValue}, but amounts are in whole satang (at most two decimals).");
    }
}
