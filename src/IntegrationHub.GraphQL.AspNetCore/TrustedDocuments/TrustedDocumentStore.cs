using System.Diagnostics.CodeAnalysis;
using System.Text;
using IntegrationHub.GraphQL.AspNetCore.Documents;

namespace IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;

/// <summary>The documents the server trusts, by id: reviewed files loaded at start-up, never added to at run time
/// (which is what makes them trusted; see the README on why Apollo's automatic persisted queries are refused).</summary>
public sealed class TrustedDocumentStore : ITrustedDocumentStore
{
    /// <summary>The file extension of a trusted document.</summary>
    public const string FileExtension = ".graphql";

    // Strict: a file that is not valid UTF-8 has no well-defined text, hence no well-defined id.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<DocumentId, string> _documents;

    private TrustedDocumentStore(Dictionary<DocumentId, string> documents) => _documents = documents;

    /// <summary>A store with no documents: every <c>documentId</c> is unknown.</summary>
    public static TrustedDocumentStore Empty { get; } = new([]);

    /// <summary>How many documents the store holds.</summary>
    public int Count => _documents.Count;

    /// <summary>Finds the text of the document with <paramref name="id"/>.</summary>
    public bool TryGet(DocumentId id, [NotNullWhen(true)] out string? text) => _documents.TryGetValue(id, out text);

    /// <summary>Loads every <c>*.graphql</c> file directly in <paramref name="directory"/>. A document's id is
    /// <c>sha256:</c> + the hex SHA-256 of the file's exact bytes (persisted documents appendix, "SHA256 Hex
    /// Document Identifier"). A file named <c>&lt;64 hex digits&gt;.graphql</c> names its own hash, which must
    /// match. Throws <see cref="TrustedDocumentLoadException"/> listing every problem: a missing folder, a byte
    /// order mark, invalid UTF-8, an empty file, a hash mismatch, two files with the same content.</summary>
    public static TrustedDocumentStore LoadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new TrustedDocumentLoadException(directory, ["the directory does not exist."]);
        }

        var problems = new List<string>();
        var documents = new Dictionary<DocumentId, string>();
        var fileOfDocument = new Dictionary<DocumentId, string>();
        var files = Directory.GetFiles(directory, "*" + FileExtension, SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var fileName = Path.GetFileName(path);
            var bytes = File.ReadAllBytes(path);
            if (ReadText(fileName, bytes, problems) is not { } text)
            {
                continue;
            }

            var id = DocumentId.FromUtf8(bytes);
            var namedHash = Path.GetFileNameWithoutExtension(path);
            if (DocumentId.IsSha256Hex(namedHash) && id.Value != DocumentId.Sha256Prefix + namedHash)
            {
                problems.Add($"{fileName}: its name says sha256:{namedHash}, but its content hashes to {id}.");
                continue;
            }

            if (fileOfDocument.TryGetValue(id, out var firstFile))
            {
                problems.Add($"{fileName}: same content as {firstFile} (both are {id}); keep one of them.");
                continue;
            }

            fileOfDocument.Add(id, fileName);
            documents.Add(id, text);
        }

        if (problems.Count > 0)
        {
            throw new TrustedDocumentLoadException(directory, problems);
        }

        return new TrustedDocumentStore(documents);
    }

    private static string? ReadText(string fileName, byte[] bytes, List<string> problems)
    {
        // Clients hash the text they send, which never carries a byte order mark; a file with one would get an
        // id no client can produce.
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            problems.Add($"{fileName}: starts with a UTF-8 byte order mark; save it without one.");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            problems.Add($"{fileName}: is not valid UTF-8 (at byte {exception.Index}).");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{fileName}: is empty.");
            return null;
        }

        return text;
    }
}
