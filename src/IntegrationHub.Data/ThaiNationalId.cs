namespace IntegrationHub.Data;

/// <summary>The Thai 13-digit personal identification number (เลขประจำตัวประชาชน): twelve digits and a check
/// digit, (11 - (Σ dᵢ·(14 - i) for i = 1..12) mod 11) mod 10. The check catches most typing mistakes, not all:
/// the third digit's weight is 11, so it does not count at all, and the final mod 10 gives remainders 0 and 10
/// the same check digit. Validation is a guard against mistakes, not proof that a person exists.</summary>
public static class ThaiNationalId
{
    /// <summary>The number of digits.</summary>
    public const int Length = 13;

    /// <summary>Whether <paramref name="value"/> is a well-formed national ID with a correct check digit.</summary>
    public static bool IsValid(string? value) => Problem(value) is null;

    /// <summary>What is wrong with <paramref name="value"/> as a national ID, or null when nothing is. The
    /// message never repeats the value: a national ID is personal data and messages end up in logs.</summary>
    public static string? Problem(string? value)
    {
        if (value is null)
        {
            return "it is missing.";
        }

        if (value.Length != Length)
        {
            return $"it must be {Length} digits, not {value.Length} characters.";
        }

        for (var i = 0; i < Length; i++)
        {
            // char.IsAsciiDigit, not char.IsDigit: Thai digits (๐-๙) and other scripts' digits are not accepted.
            if (!char.IsAsciiDigit(value[i]))
            {
                return $"character {i + 1} is not a digit 0-9.";
            }
        }

        return value[Length - 1] - '0' == CheckDigit(value.AsSpan(0, Length - 1))
            ? null
            : "the last digit is not the check digit of the first twelve.";
    }

    /// <summary>The check digit for the first twelve digits of an ID.</summary>
    /// <exception cref="ArgumentException"><paramref name="firstTwelve"/> is not twelve ASCII digits.</exception>
    public static int CheckDigit(ReadOnlySpan<char> firstTwelve)
    {
        if (firstTwelve.Length != Length - 1 || firstTwelve.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException($"Expected {Length - 1} digits 0-9.", nameof(firstTwelve));
        }

        var sum = 0;
        for (var i = 0; i < firstTwelve.Length; i++)
        {
            sum += (firstTwelve[i] - '0') * (Length - i);
        }

        return (11 - sum % 11) % 10;
    }
}
