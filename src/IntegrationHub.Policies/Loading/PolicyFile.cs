using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace IntegrationHub.Policies;

/// <summary>One file of a policy folder, read once: its bytes feed the version hash, its text the parser.</summary>
/// <param name="RelativePath">The path inside the folder with <c>/</c> separators, e.g. <c>mous/mof-welfare-card.yaml</c>.</param>
/// <param name="DisplayPath">The path errors print: the folder as the caller gave it joined with the relative path.</param>
/// <param name="Content">The raw bytes.</param>
internal sealed record PolicyFile(string RelativePath, string DisplayPath, byte[] Content)
{
    /// <summary>The root node of the file's single YAML document, or null (and an error) when the file is not
    /// well-formed YAML or is empty. Duplicate keys are a syntax error here, as YAML 1.2 section 3.2.1.1 requires.</summary>
    public YamlNode? ReadYamlRoot(PolicyErrors errors)
    {
        var text = Encoding.UTF8.GetString(Content);
        try
        {
            if (FirstAnchorOrAlias(text) is { } mark)
            {
                errors.Add(PolicyErrorCode.Syntax, SourceLocation.At(DisplayPath, mark),
                    "Anchors and aliases (&name, *name) are not allowed in policy files: write each value where it applies, so that a reviewer sees it there.");
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 1)
            {
                return stream.Documents[0].RootNode;
            }

            errors.Add(PolicyErrorCode.Syntax, new SourceLocation(DisplayPath, 1, 1), stream.Documents.Count == 0
                ? "The file is empty."
                : $"A policy file holds exactly one YAML document; this one holds {stream.Documents.Count}.");
            return null;
        }
        catch (YamlException exception)
        {
            errors.Add(PolicyErrorCode.Syntax, SourceLocation.At(DisplayPath, exception.Start), $"Not valid YAML: {exception.Message}");
            return null;
        }
    }

    /// <summary>Where the first anchor or alias is, or null. Found from parser events because YamlDotNet reports an
    /// alias to an unknown anchor without a location.</summary>
    private static Mark? FirstAnchorOrAlias(string text)
    {
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            if (parser.Current is AnchorAlias or NodeEvent { Anchor.IsEmpty: false })
            {
                return parser.Current.Start;
            }
        }

        return null;
    }
}
