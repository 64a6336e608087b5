namespace IntegrationHub.Data.Model;

/// <summary>A referral was asked to make a move its lifecycle does not allow (see <see cref="Referral.NextStatuses"/>).</summary>
/// <param name="referralId">The referral's key.</param>
/// <param name="from">The status it is in.</param>
/// <param name="to">The status it was asked to move to.</param>
/// <param name="allowed">The statuses it may move to from <paramref name="from"/>.</param>
public sealed class IllegalReferralTransitionException(long referralId, ReferralStatus from, ReferralStatus to, IReadOnlyList<ReferralStatus> allowed)
    : InvalidOperationException(
        $"Referral {referralId} cannot move from {from} to {to}; allowed next: {(allowed.Count == 0 ? "none, it is final" : string.Join(", ", allowed))}.")
{
    /// <summary>The referral's key.</summary>
    public long ReferralId { get; } = referralId;

    /// <summary>The status the referral is in.</summary>
    public ReferralStatus From { get; } = from;

    /// <summary>The status it was asked to move to.</summary>
    public ReferralStatus To { get; } = to;

    /// <summary>The statuses it may move to from <see cref="From"/>.</summary>
    public IReadOnlyList<ReferralStatus> Allowed { get; } = allowed;
}
