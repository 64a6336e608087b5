using System.Globalization;

namespace IntegrationHub.Data.Import;

/// <summary>How the survey format writes values other than text. The validator and the writer both parse
/// through here, so a value the validator accepts is read the same way when it is written.</summary>
public static class SurveyValues
{
    /// <summary>The only date format: ISO 8601 calendar date, Common Era.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Years from here on are taken for Buddhist Era years (พ.ศ.), which run 543 ahead of Common Era
    /// ones: no Common Era date in a survey is this late, and Buddhist Era birth years after 1857 CE are.</summary>
    public const int FirstBuddhistEraYear = 2400;

    /// <summary>The difference between a Buddhist Era year and the Common Era year.</summary>
    public const int BuddhistEraOffset = 543;

    /// <summary>The day <paramref name="text"/> names, or null with <paramref name="problem"/> saying why not.</summary>
    public static DateOnly? ParseDate(string text, out string? problem)
    {
        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            problem = $"'{text}' is not a date in the form {DateFormat}.";
            return null;
        }

        // Converting would guess: a Buddhist Era year in an ISO date means the export itself is wrong, and the
        // survey team should fix the export rather than trust every date in it.
        if (day.Year >= FirstBuddhistEraYear)
        {
            problem = $"year {day.Year} is a Buddhist Era year; write Common Era years ({day.Year} BE is {day.Year - BuddhistEraOffset} CE).";
            return null;
        }

        problem = null;
        return day;
    }

    /// <summary>The member of <typeparamref name="T"/> named <paramref name="text"/> (ignoring case), or null.
    /// Numbers are not accepted, although <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would
    /// take them: "3" in an export is a code from some other scheme, not ours.</summary>
    public static T? ParseEnum<T>(string text) where T : struct, Enum
    {
        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse<T>(name);
            }
        }

        return null;
    }

    /// <summary>The accepted names of <typeparamref name="T"/>, for error messages.</summary>
    public static string NamesOf<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());

    /// <summary>true or false (ignoring case), or null for anything else.</summary>
    public static bool? ParseBoolean(string text) =>
        string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) ? true
        : string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) ? false
        : null;

    /// <summary>A plain decimal amount: digits with an optional point, no sign, no thousands separators, no
    /// exponent (a "1,200" is ambiguous between locales and rejected rather than guessed); null otherwise.</summary>
    public static decimal? ParseAmount(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount : null;

    /// <summary>Null for an empty optional value, else the value.</summary>
    public static string? Optional(string text) => text.Length == 0 ? null : text;
}
