using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Identity.Keys;

/// <summary>The hub's signing keys: the newest signs, and older ones stay published in the JWKS until every token
/// they signed has expired. A key is created on first use when the key folder is empty; <see cref="Rotate"/> adds a
/// new current key.</summary>
public sealed class SigningKeyRing
{
    private readonly HubTokenOptions _options;
    private readonly SigningKeyFolder _folder;
    private readonly TimeProvider _clock;
    private readonly ILogger<SigningKeyRing> _logger;
    private readonly Lock _gate = new();
    private List<SigningKey>? _keys;

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
                return LoadedKeys()[^1];
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
                var keys = LoadedKeys();
                var now = _clock.GetUtcNow();
                return keys.Where((key, index) => index == keys.Count - 1 || now < RetiredUntil(keys[index + 1])).ToList();
            }
        }
    }

    /// <summary>Creates a new current key. The previous one stays published until its tokens have expired; keys
    /// no token can need any more are deleted.</summary>
    public SigningKey Rotate()
    {
        lock (_gate)
        {
            var keys = LoadedKeys();
            var key = CreateKey();
            keys.Add(key);
            DeleteUnneeded(keys);
            return key;
        }
    }

    /// <summary>Loads the keys, creating the first one if there is none.</summary>
    internal void EnsureLoaded()
    {
        lock (_gate)
        {
            LoadedKeys();
        }
    }

    private List<SigningKey> LoadedKeys()
    {
        if (_keys is null)
        {
            var keys = _folder.Load();
            if (keys.Count == 0)
            {
                keys.Add(CreateKey());
            }

            DeleteUnneeded(keys);
            _keys = keys;
        }

        return _keys;
    }

    private SigningKey CreateKey()
    {
        var algorithm = _options.SigningAlgorithm;
        var privateKey = SigningAlgorithms.CreateKey(algorithm);
        var key = SigningKey.Create(algorithm, _clock.GetUtcNow(), privateKey);
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
