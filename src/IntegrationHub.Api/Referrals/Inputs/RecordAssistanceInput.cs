namespace IntegrationHub.Api.Referrals.Inputs;

/// <summary>The coerced <c>RecordAssistanceInput</c>: the help an agency gave on a referral.</summary>
/// <param name="ReferralId">The referral's global id.</param>
/// <param name="GivenOn">The day the help was given.</param>
/// <param name="Kind">What was given.</param>
/// <param name="AmountBaht">The value in baht, when the help has one.</param>
public sealed record RecordAssistanceInput(string ReferralId, DateOnly GivenOn, string Kind, double? AmountBaht)
{
    /// <summary>Reads the input object the engine coerced.</summary>
    public static RecordAssistanceInput From(IReadOnlyDictionary<string, object?> input) => new(
        (string)input["referralId"]!,
        (DateOnly)input["givenOn"]!,
        (string)input["kind"]!,
        input.GetValueOrDefault("amountBaht") as double?);
}
