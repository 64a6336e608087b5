using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Referrals;

/// <summary>The <c>idempotencyKey</c> argument every mutation takes: a client-chosen text, unique per request the
/// client means, that makes a retry of that request safe (see <see cref="MutationTransaction"/>).</summary>
public static class IdempotencyKey
{
    /// <summary>The argument's name.</summary>
    public const string Argument = "idempotencyKey";

    /// <summary>The longest key accepted; a UUID (36) or a ULID (26) fits with room to spare.</summary>
    public const int MaximumLength = 200;

    /// <summary>The key the mutation was sent with, or null when it has none.</summary>
    /// <exception cref="FieldErrorException">The key is blank, too long or holds control characters
    /// (code <see cref="MutationErrors.ValidationFailedCode"/>).</exception>
    public static string? Of(IResolverContext context)
    {
        if (context.Arguments.GetValueOrDefault(Argument) is not string key)
        {
            return null;
        }

        var problem = key.Length == 0 || string.IsNullOrWhiteSpace(key) ? "must not be blank"
            : key.Length > MaximumLength ? $"is {key.Length} characters long, but at most {MaximumLength} are allowed"
            : key.Any(char.IsControl) ? "must not contain control characters"
            : null;
        return problem is null
            ? key
            : throw InputValidation.Failed([new InputValidation.Problem([Argument], $"'{Argument}' {problem}.")]);
    }
}
