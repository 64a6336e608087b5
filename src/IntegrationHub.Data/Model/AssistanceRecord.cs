namespace IntegrationHub.Data.Model;

/// <summary>Help an agency gave on a referral: the feedback that closes the loop.</summary>
public sealed class AssistanceRecord
{
    /// <summary>The hub's key.</summary>
    public long Id { get; set; }

    /// <summary>The referral the help answers.</summary>
    public long ReferralId { get; set; }

    /// <summary>The day the help was given.</summary>
    public DateOnly GivenOn { get; set; }

    /// <summary>What was given (cash grant, scholarship, house repair, ...).</summary>
    public required string Kind { get; set; }

    /// <summary>The value in baht (two decimals, stored exactly); null for help with no cash value.</summary>
    public decimal? AmountBaht { get; set; }
}
