using FluentValidation;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Referrals.Inputs;

namespace IntegrationHub.Api.Referrals.Validation;

/// <summary>The checks on <see cref="CreateReferralInput"/> that need no database: ids of the right type, text that
/// fits its column. Whether the household, member and agency exist is checked when they are read.</summary>
public sealed class CreateReferralInputValidator : InputValidator<CreateReferralInput>
{
    /// <summary>The rules.</summary>
    public CreateReferralInputValidator()
    {
        Field(i => i.HouseholdId).GlobalIdOf(HouseholdGraphType.Name);
        Field(i => i.MemberId!).GlobalIdOf(MemberGraphType.Name).When(i => i.MemberId is not null);
        Field(i => i.Agency).RequiredText(32);
        Field(i => i.Programme).RequiredText(200);
    }
}
