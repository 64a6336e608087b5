using FluentValidation;
using IntegrationHub.Api.Referrals.Validation;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Referrals;

/// <summary>Turns the failures of an input validator into the field errors a client reads: one error per problem,
/// each with code <c>VALIDATION_FAILED</c>, the input path it concerns in <c>extensions.path</c>
/// (<c>["input", "note"]</c>) and what is wrong there, so that a client fixes everything in one round.</summary>
public static class InputValidation
{
    /// <summary>The argument that carries every mutation's input object.</summary>
    public const string InputArgument = "input";

    /// <summary>Validates <paramref name="input"/>, throwing the field error when any rule fails.</summary>
    /// <exception cref="FieldErrorsException">At least one rule failed; code <see cref="MutationErrors.ValidationFailedCode"/>.</exception>
    public static T Checked<T>(this IValidator<T> validator, T input)
    {
        var failures = validator.Validate(input).Errors;
        if (failures.Count == 0)
        {
            return input;
        }

        var problems = failures
            .Select(failure => new Problem([InputArgument, InputValidator<T>.FieldName(failure.PropertyName)], failure.ErrorMessage))
            .ToList();
        throw Failed(problems);
    }

    /// <summary>The errors for <paramref name="problems"/>, each with its path from the field's arguments.</summary>
    public static FieldErrorsException Failed(IReadOnlyList<Problem> problems) => new(
        [
            .. problems.Select(problem => new FieldErrorException(
                problem.Message,
                code: MutationErrors.ValidationFailedCode,
                extensions: new Dictionary<string, object?> { ["path"] = problem.Path })),
        ]);

    /// <summary>One thing wrong with the arguments: where, and what.</summary>
    /// <param name="Path">The argument and input field names leading to the value.</param>
    /// <param name="Message">What is wrong, naming the field.</param>
    public sealed record Problem(IReadOnlyList<string> Path, string Message);
}
