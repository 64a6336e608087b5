using Microsoft.Extensions.Logging;

namespace IntegrationHub.Policies;

/// <summary>Holds the policy set in force and replaces it when the folder changes, without a restart. An invalid
/// edit never takes effect: the last valid set stays in force and the errors are logged, so a typo merged by mistake
/// cannot open or close access. Start-up is stricter: with no valid set to keep, construction throws.</summary>
public sealed partial class PolicySetProvider : IDisposable
{
    /// <summary>How long the folder must be quiet before a reload: editors and <c>git pull</c> write several files
    /// and several times per file, and a set read half-way would be judged invalid for nothing.</summary>
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(300);

    private readonly string _folder;
    private readonly PolicyLoader _loader;
    private readonly ILogger<PolicySetProvider> _logger;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _quietTimer;
    private readonly TimeSpan _quietPeriod;
    private readonly Lock _reloadLock = new();
    private PolicySet _current;

    /// <summary>Loads <paramref name="folder"/> and starts watching it.</summary>
    /// <exception cref="InvalidPolicySetException">The folder does not hold a valid set.</exception>
    public PolicySetProvider(string folder, PolicyLoadOptions options, ILogger<PolicySetProvider> logger, TimeSpan? quietPeriod = null)
    {
        _folder = folder;
        _loader = new PolicyLoader(options);
        _logger = logger;
        _quietPeriod = quietPeriod ?? DefaultQuietPeriod;

        var initial = _loader.Load(folder);
        _current = initial.Set ?? throw new InvalidPolicySetException(initial.Errors);
        LogLoaded(_current.VersionHash, _current.Mous.Count, _current.Clients.Count);

        _quietTimer = new Timer(_ => ReloadInBackground());
        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnFolderChanged;
        _watcher.Created += OnFolderChanged;
        _watcher.Deleted += OnFolderChanged;
        _watcher.Renamed += OnFolderChanged;

        // A lost event (the watcher's buffer overflowed) may hide any change, so it too triggers a reload.
        _watcher.Error += (_, _) => ScheduleReload();
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Raised after a new valid set with a different version hash has replaced the previous one.</summary>
    public event EventHandler<PolicySetChangedEventArgs>? Changed;

    /// <summary>The set in force now. Read it once per request and use that instance throughout, so that a request
    /// never mixes two versions.</summary>
    public PolicySet Current => Volatile.Read(ref _current);

    /// <summary>Loads the folder now; replaces the set in force when the result is valid and differs. Returns the
    /// load result so a caller (a reload command) can show the errors.</summary>
    public PolicyLoadResult Reload()
    {
        lock (_reloadLock)
        {
            var result = _loader.Load(_folder);
            if (result.Set is not { } loaded)
            {
                LogRejected(result.Errors.Count, Current.VersionHash, string.Join(Environment.NewLine, result.Errors));
                return result;
            }

            var previous = Current;
            if (loaded.VersionHash == previous.VersionHash)
            {
                return result;
            }

            Volatile.Write(ref _current, loaded);
            LogReplaced(previous.VersionHash, loaded.VersionHash);
            Changed?.Invoke(this, new PolicySetChangedEventArgs(previous, loaded));
            return result;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher.Dispose();
        _quietTimer.Dispose();
    }

    /// <summary>The timer's reload. An exception here (from a <see cref="Changed"/> handler, say) would end the process
    /// from a thread-pool thread, so it is logged instead; the set in force is unaffected.</summary>
    private void ReloadInBackground()
    {
        try
        {
            Reload();
        }
        catch (Exception exception)
        {
            LogReloadFailed(exception);
        }
    }

    private void OnFolderChanged(object sender, FileSystemEventArgs e) => ScheduleReload();

    /// <summary>Restarts the quiet period: the reload runs once the folder has been still for its length.</summary>
    private void ScheduleReload() => _quietTimer.Change(_quietPeriod, Timeout.InfiniteTimeSpan);

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy set {VersionHash} loaded: {MouCount} MOUs, {ClientCount} clients.")]
    private partial void LogLoaded(string versionHash, int mouCount, int clientCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy set {PreviousHash} replaced by {VersionHash}.")]
    private partial void LogReplaced(string previousHash, string versionHash);

    [LoggerMessage(Level = LogLevel.Error, Message = "Policy change rejected with {ErrorCount} errors; {VersionHash} stays in force.\n{Errors}")]
    private partial void LogRejected(int errorCount, string versionHash, string errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Policy reload failed; the set in force is unchanged.")]
    private partial void LogReloadFailed(Exception exception);
}
