using FluentValidation;
using IntegrationHub.Api.GraphTypes;
using IntegrationHub.Api.Referrals.Inputs;

namespace IntegrationHub.Api.Referrals.Validation;

/// <summary>The checks on <see cref="ExitHouseholdInput"/>: a household id, a stated reason, a day not to come.</summary>
public sealed class ExitHouseholdInputValidator : InputValidator<ExitHouseholdInput>
{
    /// <summary>The rules, with "today" from <paramref name="clock"/>.</summary>
    public ExitHouseholdInputValidator(TimeProvider clock)
    {
        Field(i => i.HouseholdId).GlobalIdOf(HouseholdGraphType.Name);
        Field(i => i.Reason).RequiredText(300);
        Field(i => i.ExitedOn).NotInTheFuture(InputRules.TodayInThailand(clock));
    }
}
