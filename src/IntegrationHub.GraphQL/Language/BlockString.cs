using System.Text;

namespace IntegrationHub.GraphQL.Language;

/// <summary>Block strings (spec 2.9.4 String Value, "Block Strings"): turning raw lines into a value with
/// BlockStringValue(), and printing a value back as a block string that yields the same value.</summary>
public static class BlockString
{
    /// <summary>BlockStringValue(rawValue) of spec 2.9.4, given the raw value already split at line terminators
    /// (with <c>\"""</c> already replaced by <c>"""</c>): removes the common indentation of every line but the
    /// first, then leading and trailing lines that hold only whitespace, and joins the rest with line feeds.</summary>
    public static string Value(IReadOnlyList<string> lines)
    {
        int? commonIndent = null;
        for (var i = 1; i < lines.Count; i++)
        {
            var indent = LeadingWhitespace(lines[i]);
            if (indent < lines[i].Length && (commonIndent is null || indent < commonIndent))
            {
                commonIndent = indent;
            }
        }

        var first = 0;
        var last = lines.Count - 1;
        while (first <= last && IsBlank(lines[first]))
        {
            first++;
        }

        while (last >= first && IsBlank(lines[last]))
        {
            last--;
        }

        var value = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first)
            {
                value.Append('\n');
            }

            var line = lines[i];
            value.Append(i == 0 || commonIndent is null ? line : line[Math.Min(commonIndent.Value, line.Length)..]);
        }

        return value.ToString();
    }

    /// <summary>Whether <paramref name="value"/> can be written as a block string whose BlockStringValue() is
    /// <paramref name="value"/> again. It cannot when the value has carriage returns (they would become line
    /// feeds), blank first or last lines (they are stripped), indentation common to every line (it is removed),
    /// or characters that are not Unicode scalar values.</summary>
    public static bool CanPrint(string value)
    {
        var lines = value.Split('\n');
        if (value.Contains('\r') || HasLoneSurrogate(value))
        {
            return false;
        }

        if (value.Length > 0 && (IsBlank(lines[0]) || IsBlank(lines[^1])))
        {
            return false;
        }

        // Printed lines all sit below the opening quotes, so every line (the first too) takes part in the
        // common indentation that BlockStringValue() removes; some non-blank line must therefore be unindented.
        var everyLineIndented = lines.Length > 1;
        foreach (var line in lines)
        {
            if (!IsBlank(line) && LeadingWhitespace(line) == 0)
            {
                everyLineIndented = false;
            }
        }

        return !everyLineIndented;
    }

    /// <summary>Writes <paramref name="value"/> as a block string. Short single-line values stay on one line;
    /// others put the quotes on lines of their own. Call only when <see cref="CanPrint"/> is true.</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var singleLine = !value.Contains('\n');
        // A closing quote or backslash right before the closing """ would merge with it.
        var endsAwkwardly = value.EndsWith('"') || value.EndsWith('\\');
        if (singleLine && value.Length <= 70 && !endsAwkwardly)
        {
            return "\"\"\"" + escaped + "\"\"\"";
        }

        // A single line that starts with whitespace must stay the first line, where its indentation survives.
        var leading = singleLine && value.Length > 0 && CharacterClasses.IsWhiteSpace(value[0]) ? "" : "\n";
        return "\"\"\"" + leading + escaped + "\n\"\"\"";
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && CharacterClasses.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(string line) => LeadingWhitespace(line) == line.Length;

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (CharacterClasses.IsSurrogatePairAt(value, i))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
