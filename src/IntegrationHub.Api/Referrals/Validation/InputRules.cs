using FluentValidation;
using IntegrationHub.Api.Identity;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Referrals.Validation;

/// <summary>Rules the mutation inputs share, phrased so that each failure names what is wrong.</summary>
public static class InputRules
{
    /// <summary>The global id of an object of type <paramref name="typeName"/>.</summary>
    public static IRuleBuilderOptions<T, string> GlobalIdOf<T>(this IRuleBuilder<T, string> rule, string typeName) =>
        rule.Must(id => IsIdOf(id, typeName))
            .WithMessage($"'{{PropertyName}}' must be the id of a {typeName} as the hub issued it.");

    /// <summary>Text with something in it besides white space, of at most <paramref name="maximumLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, int maximumLength) =>
        rule.Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("'{PropertyName}' must not be blank.")
            .MaximumLength(maximumLength);

    /// <summary>A day no later than today in Thailand, where the help and exits happen.</summary>
    public static IRuleBuilderOptions<T, DateOnly> NotInTheFuture<T>(this IRuleBuilder<T, DateOnly> rule, DateOnly today) =>
        rule.LessThanOrEqualTo(today).WithMessage($"'{{PropertyName}}' is {{PropertyValue}}, a day after today ({today:yyyy-MM-dd} in Thailand).");

    /// <summary>Today's date in Thailand: UTC+7 all year, as Thailand keeps no daylight saving time.</summary>
    public static DateOnly TodayInThailand(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));

    private static bool IsIdOf(string id, string typeName)
    {
        try
        {
            GlobalId.DecodeKey(id, typeName);
            return true;
        }
        catch (FieldErrorException)
        {
            return false;
        }
    }
}
