using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Identity.Keys;

/// <summary>The hub's signing keys: the newest signs, and older ones stay published in the JWKS until every token
/// they signed has expired. A key is created on first use when the key folder is empty; <see cref="Rotate"/> adds a
/// new current key.</summary>
/// <remarks>
/// The running hub follows the key folder, so that <c>keys rotate</c> (another process) takes effect without a
/// restart: at most once per <see cref="HubTokenOptions.KeyReloadInterval"/> it lists the folder, and re-reads the
/// keys when a file was added, replaced or deleted. Polling rather than a <see cref="FileSystemWatcher"/>: a listing
/// every few seconds costs next to nothing, and it works where change notifications do not (network file systems,
/// container volumes, secret mounts that swap a symbolic link), so one mechanism serves everywhere.
/// Validation does not wait for the interval: a token whose <c>kid</c> is unknown makes the ring look at the folder
/// at once (at most once a second), since another instance sharing the folder may already sign with a new key.
/// </remarks>
public sealed class SigningKeyRing
{
    // Bounds the folder listings a stream of tokens with made-up kids can cause.
    private static readonly TimeSpan UnknownKeyCheckSpacing = TimeSpan.FromSeconds(1);

    private readonly HubTokenOptions _options;
    private readonly SigningKeyFolder _folder;
    private readonly TimeProvider _clock;
    private readonly ILogger<SigningKeyRing> _logger;
    private readonly Lock _gate = new();
    private List<SigningKey>? _keys;
    private string _loadedFingerprint = "";
    private DateTimeOffset _checkedAt;

    /// <summary>Creates the ring over the key folder named in <see cref="HubTokenOptions.KeyFolder"/>.</summary>
    public SigningKeyRing(IOptions<HubTokenOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<SigningKeyRing> logger)
    {
        _options = options.Value;
        _folder = new SigningKeyFolder(Path.Combine(environment.ContentRootPath, _options.KeyFolder));
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The key that signs new tokens.</summary>
    public SigningKey Current
    {
        get
        {
            lock (_gate)
            {
                return CheckedKeys(_options.KeyReloadInterval)[^1];
            }
        }
    }

    /// <summary>The keys in the JWKS: the current one and each older one for as long as a token it signed may
    /// still be valid (its successor's creation plus the token lifetime and the clock skew).</summary>
    public IReadOnlyList<SigningKey> Published
    {
        get
        {
            lock (_gate)
            {
                return PublishedOf(CheckedKeys(_options.KeyReloadInterval));
            }
        }
    }

    /// <summary>Creates a new current key. The previous one stays published until its tokens have expired; keys
    /// no token can need any more are deleted.</summary>
    public SigningKey Rotate()
    {
        lock (_gate)
        {
            var keys = new List<SigningKey>(CheckedKeys(_options.KeyReloadInterval));
            var key = CreateKey(newerThan: keys[^1]);
            keys.Add(key);
            DeleteUnneeded(keys);
            _keys = keys;
            return key;
        }
    }

    /// <summary>The published keys for validating a token signed with <paramref name="keyId"/>. When no loaded key
    /// has that <c>kid</c>, the folder is looked at first, without waiting for the reload interval.</summary>
    internal IReadOnlyList<SigningKey> PublishedFor(string? keyId)
    {
        lock (_gate)
        {
            var keys = CheckedKeys(_options.KeyReloadInterval);
            if (keyId is not null && !keys.Exists(key => key.KeyId == keyId))
            {
                keys = CheckedKeys(UnknownKeyCheckSpacing);
            }

            return PublishedOf(keys);
        }
    }

    /// <summary>Loads the keys, creating the first one if there is none.</summary>
    internal void EnsureLoaded()
    {
        lock (_gate)
        {
            CheckedKeys(_options.KeyReloadInterval);
        }
    }

    private IReadOnlyList<SigningKey> PublishedOf(List<SigningKey> keys)
    {
        var now = _clock.GetUtcNow();
        return keys.Where((key, index) => index == keys.Count - 1 || now < RetiredUntil(keys[index + 1])).ToList();
    }

    // The loaded keys, first re-read from the folder if it was last looked at `spacing` ago or earlier and has
    // changed since. The first call loads the keys and lets any error escape: a hub without usable keys must not
    // start. Later errors keep the keys already loaded, so a bad file dropped into the folder cannot stop a running
    // hub from issuing and validating tokens.
    private List<SigningKey> CheckedKeys(TimeSpan spacing)
    {
        var now = _clock.GetUtcNow();
        if (_keys is null)
        {
            _loadedFingerprint = _folder.Fingerprint();
            _keys = Load(createIfEmpty: true);
            _checkedAt = now;
        }
        else if (now - _checkedAt >= spacing)
        {
            _checkedAt = now;
            ReloadIfChanged();
        }

        return _keys;
    }

    private void ReloadIfChanged()
    {
        try
        {
            // Read before the keys: a file added while they load changes the fingerprint after this read, so the
            // next check loads again rather than missing it.
            var fingerprint = _folder.Fingerprint();
            if (fingerprint == _loadedFingerprint)
            {
                return;
            }

            var keys = Load(createIfEmpty: false);
            if (keys.Count == 0)
            {
                _logger.LogError("Signing key folder {Folder} holds no key; keeping the {Count} key(s) loaded before", _folder.Path, _keys!.Count);
                return;
            }

            _keys = keys;
            _loadedFingerprint = fingerprint;
            _logger.LogInformation("Reloaded signing keys from {Folder}: {KeyId} signs, {Count} key(s) loaded", _folder.Path, keys[^1].KeyId, keys.Count);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            _logger.LogError(exception, "Could not reload the signing keys from {Folder}; keeping the keys loaded before", _folder.Path);
        }
    }

    private List<SigningKey> Load(bool createIfEmpty)
    {
        var keys = _folder.Load();
        if (keys.Count == 0 && createIfEmpty)
        {
            keys.Add(CreateKey(newerThan: null));
        }

        DeleteUnneeded(keys);
        return keys;
    }

    // The folder orders keys by creation time, so a new key is made strictly newer than the current one even when
    // the clock has not moved (or has gone back): otherwise, after a reload, the two could swap places.
    private SigningKey CreateKey(SigningKey? newerThan)
    {
        var algorithm = _options.SigningAlgorithm;
        var privateKey = SigningAlgorithms.CreateKey(algorithm);
        var now = _clock.GetUtcNow();
        var created = newerThan is null || now > newerThan.Created ? now : newerThan.Created.AddTicks(1);
        var key = SigningKey.Create(algorithm, created, privateKey);
        _folder.Save(key, privateKey);
        _logger.LogInformation("Created signing key {KeyId} ({Algorithm}) in {Folder}", key.KeyId, algorithm, _folder.Path);
        return key;
    }

    private DateTimeOffset RetiredUntil(SigningKey successor) => successor.Created + _options.AccessTokenLifetime + _options.ClockSkew;

    // Keys are ordered by creation, so once a key's successor is old enough for the key to go, every older key
    // may go too: find the newest such key and delete it with all before it.
    private void DeleteUnneeded(List<SigningKey> keys)
    {
        var now = _clock.GetUtcNow();
        var unneeded = 0;
        for (var successor = keys.Count - 1; successor > 0; successor--)
        {
            if (now >= RetiredUntil(keys[successor]))
            {
                unneeded = successor;
                break;
            }
        }

        foreach (var key in keys.Take(unneeded))
        {
            _folder.Delete(key);
            _logger.LogInformation("Deleted signing key {KeyId}: every token it signed has expired", key.KeyId);
        }

        keys.RemoveRange(0, unneeded);
    }
}
