using FluentValidation;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Referrals.Inputs;

namespace IntegrationHub.Api.Referrals.Validation;

/// <summary>The checks on <see cref="ReferralStepInput"/>: a referral id, and a note that fits its column.</summary>
public sealed class ReferralStepInputValidator : InputValidator<ReferralStepInput>
{
    /// <summary>The rules.</summary>
    public ReferralStepInputValidator()
    {
        Field(i => i.ReferralId).GlobalIdOf(ReferralGraphType.Name);
        Field(i => i.Note).MaximumLength(500);
    }
}
