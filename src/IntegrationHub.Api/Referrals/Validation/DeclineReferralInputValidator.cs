using FluentValidation;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Referrals.Inputs;

namespace IntegrationHub.Api.Referrals.Validation;

/// <summary>The checks on <see cref="DeclineReferralInput"/>: a referral id and a stated reason, which the
/// referring agency needs to look for help elsewhere.</summary>
public sealed class DeclineReferralInputValidator : InputValidator<DeclineReferralInput>
{
    /// <summary>The rules.</summary>
    public DeclineReferralInputValidator()
    {
        Field(i => i.ReferralId).GlobalIdOf(ReferralGraphType.Name);
        Field(i => i.Reason).RequiredText(500);
    }
}
