using FluentValidation;
using FluentValidation.Results;

namespace IntegrationHub.Policies;

/// <summary>Carries a policy error code and location through FluentValidation, whose failures know neither.</summary>
internal static class ValidationReporting
{
    public static void Report<T>(this ValidationContext<T> context, PolicyErrorCode code, SourceLocation location, string message) =>
        context.AddFailure(new ValidationFailure(context.PropertyPath, message) { ErrorCode = code.ToString(), CustomState = location });

    public static IRuleBuilderOptions<T, Located<TValue>> Reject<T, TValue>(
        this IRuleBuilderOptions<T, Located<TValue>> rule, PolicyErrorCode code, Func<T, Located<TValue>, string> message) =>
        rule.WithErrorCode(code.ToString()).WithState((_, value) => value.Location).WithMessage(message);

    public static IEnumerable<PolicyError> ToPolicyErrors(this ValidationResult result) =>
        result.Errors.Select(failure => new PolicyError(
            Enum.Parse<PolicyErrorCode>(failure.ErrorCode),
            (SourceLocation)failure.CustomState,
            failure.ErrorMessage));

    /// <summary>Reports each repeat of an identifier, pointing at the repeat and naming where it was first used.</summary>
    public static void ReportDuplicates<T>(this ValidationContext<T> context, IEnumerable<Located<string>> ids, string what)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!first.TryAdd(id.Value, id.Location))
            {
                context.Report(PolicyErrorCode.DuplicateId, id.Location, $"The {what} \"{id.Value}\" is already defined at {first[id.Value]}.");
            }
        }
    }
}
