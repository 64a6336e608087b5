using System.Text;

namespace IntegrationHub.Testing;

/// <summary>A line diff in unified format (<c>@@ -l,n +l,n @@</c> hunks with context), computed from the
/// longest common subsequence of the lines that differ.</summary>
public static class LineDiff
{
    private const int ContextLines = 3;

    // Above this many cells the LCS table would cost too much memory; the differing middle is then shown
    // as removed and added whole, which is still a correct (if longer) diff.
    private const long MaxTableCells = 4_000_000;

    private enum Op { Keep, Remove, Add }

    private readonly record struct Edit(Op Op, string Line, int OldLine, int NewLine);

    /// <summary>The unified diff that turns <paramref name="expected"/> into <paramref name="actual"/>,
    /// empty when they are equal. Each line ends with <c>\n</c>.</summary>
    public static string Unified(string expected, string actual)
    {
        var edits = Edits(expected.Split('\n'), actual.Split('\n'));
        var output = new StringBuilder();
        var changed = edits.Select((edit, index) => (edit, index)).Where(e => e.edit.Op != Op.Keep).Select(e => e.index).ToList();
        var i = 0;
        while (i < changed.Count)
        {
            // A hunk spans changes whose gaps are small enough for their contexts to touch.
            var first = changed[i];
            var last = first;
            while (i + 1 < changed.Count && changed[i + 1] - last <= 2 * ContextLines)
            {
                last = changed[++i];
            }

            i++;
            var start = Math.Max(0, first - ContextLines);
            var end = Math.Min(edits.Count - 1, last + ContextLines);
            var hunk = edits.GetRange(start, end - start + 1);
            var oldCount = hunk.Count(e => e.Op != Op.Add);
            var newCount = hunk.Count(e => e.Op != Op.Remove);
            var oldStart = hunk.FirstOrDefault(e => e.Op != Op.Add).OldLine;
            var newStart = hunk.FirstOrDefault(e => e.Op != Op.Remove).NewLine;
            output.Append($"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n");
            foreach (var edit in hunk)
            {
                var marker = edit.Op switch { Op.Remove => '-', Op.Add => '+', _ => ' ' };
                output.Append(marker).Append(edit.Line).Append('\n');
            }
        }

        return output.ToString();
    }

    private static List<Edit> Edits(string[] oldLines, string[] newLines)
    {
        var prefix = 0;
        while (prefix < oldLines.Length && prefix < newLines.Length && oldLines[prefix] == newLines[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < oldLines.Length - prefix && suffix < newLines.Length - prefix
               && oldLines[^(suffix + 1)] == newLines[^(suffix + 1)])
        {
            suffix++;
        }

        var edits = new List<Edit>(oldLines.Length + newLines.Length);
        for (var k = 0; k < prefix; k++)
        {
            edits.Add(new Edit(Op.Keep, oldLines[k], k + 1, k + 1));
        }

        AddMiddle(edits, oldLines[prefix..^suffix], newLines[prefix..^suffix], prefix);

        for (var k = suffix; k > 0; k--)
        {
            edits.Add(new Edit(Op.Keep, oldLines[^k], oldLines.Length - k + 1, newLines.Length - k + 1));
        }

        return edits;
    }

    private static void AddMiddle(List<Edit> edits, string[] a, string[] b, int offset)
    {
        if ((long)a.Length * b.Length > MaxTableCells)
        {
            edits.AddRange(a.Select((line, k) => new Edit(Op.Remove, line, offset + k + 1, offset + 1)));
            edits.AddRange(b.Select((line, k) => new Edit(Op.Add, line, offset + a.Length + 1, offset + k + 1)));
            return;
        }

        // lcs[i, j] is the length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add(new Edit(Op.Keep, a[x], offset + x + 1, offset + y + 1));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                edits.Add(new Edit(Op.Remove, a[x], offset + x + 1, offset + y + 1));
                x++;
            }
            else
            {
                edits.Add(new Edit(Op.Add, b[y], offset + x + 1, offset + y + 1));
                y++;
            }
        }
    }
}
