using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Identity.Keys;

/// <summary>Stores signing keys as one JSON file per key (<c>&lt;kid&gt;.json</c>: algorithm, creation time and the
/// PKCS#8 private key). The folder is created owner-only (0700) and each file owner-only (0600) on Unix; a key file
/// that others can read is refused rather than used, because its key may already be known to them.</summary>
internal sealed class SigningKeyFolder(string path)
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerReadWrite | UnixFileMode.UserExecute;
    private const UnixFileMode GroupOrOtherAccess = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public string Path { get; } = path;

    /// <summary>Every key in the folder, oldest first.</summary>
    public List<SigningKey> Load()
    {
        if (!Directory.Exists(Path))
        {
            return [];
        }

        return Directory.EnumerateFiles(Path, "*.json").Select(Read).OrderBy(key => key.Created).ToList();
    }

    /// <summary>The names, sizes and modification times of the key files: a value that changes whenever a key file
    /// is added, replaced or deleted, read with one directory listing and without opening any file.</summary>
    public string Fingerprint()
    {
        if (!Directory.Exists(Path))
        {
            return "";
        }

        var files = new DirectoryInfo(Path).EnumerateFiles("*.json")
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .Select(file => $"{file.Name} {file.Length} {file.LastWriteTimeUtc.Ticks}");
        return string.Join('\n', files);
    }

    /// <summary>Writes the key's file: first to a temporary owner-only file, then renamed into place, so a crash
    /// never leaves a half-written key behind.</summary>
    public void Save(SigningKey key, AsymmetricAlgorithm privateKey)
    {
        CreateFolder();
        var document = new KeyFile(key.Algorithm, key.Created, privateKey.ExportPkcs8PrivateKeyPem());
        var finalPath = System.IO.Path.Combine(Path, key.KeyId + ".json");
        var temporaryPath = finalPath + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = OwnerReadWrite;
        }

        using (var stream = new FileStream(temporaryPath, fileOptions))
        {
            JsonSerializer.Serialize(stream, document, KeyFileJson.Default.KeyFile);
        }

        File.Move(temporaryPath, finalPath, overwrite: true);
    }

    /// <summary>Deletes a key that no token can still need.</summary>
    public void Delete(SigningKey key) => File.Delete(System.IO.Path.Combine(Path, key.KeyId + ".json"));

    private void CreateFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path);
        }
        else
        {
            Directory.CreateDirectory(Path, OwnerOnlyFolder);
        }
    }

    private static SigningKey Read(string file)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(file) & GroupOrOtherAccess) != 0)
        {
            throw new InvalidOperationException($"Signing key file '{file}' is accessible to other users; restrict it to its owner (chmod 600) or delete it.");
        }

        KeyFile document;
        try
        {
            document = JsonSerializer.Deserialize(File.ReadAllText(file), KeyFileJson.Default.KeyFile)
                ?? throw new JsonException("the file holds null");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"Signing key file '{file}' is not a key file: {exception.Message}", exception);
        }

        AsymmetricAlgorithm privateKey = document.Algorithm switch
        {
            "ES256" => ECDsa.Create(),
            "RS256" => RSA.Create(),
            _ => throw new InvalidOperationException($"Signing key file '{file}' names algorithm '{document.Algorithm}'; expected ES256 or RS256."),
        };

        try
        {
            privateKey.ImportFromPem(document.PrivateKeyPem);
            return SigningKey.Create(document.Algorithm, document.Created, privateKey);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            privateKey.Dispose();
            throw new InvalidOperationException($"Signing key file '{file}' does not hold a usable {document.Algorithm} private key: {exception.Message}", exception);
        }
    }

    internal sealed record KeyFile(
        [property: JsonPropertyName("algorithm")] string Algorithm,
        [property: JsonPropertyName("created")] DateTimeOffset Created,
        [property: JsonPropertyName("privateKey")] string PrivateKeyPem);
}

[JsonSerializable(typeof(SigningKeyFolder.KeyFile))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class KeyFileJson : JsonSerializerContext;
