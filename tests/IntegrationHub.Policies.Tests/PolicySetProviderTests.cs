namespace IntegrationHub.Policies.Tests;

/// <summary>Hot reload with real file edits in a temporary folder.</summary>
public sealed class PolicySetProviderTests : IDisposable
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TempPolicyFolder _folder = TempPolicyFolder.CopyOf(TestPaths.Fixture("Valid"));
    private readonly RecordingLogger<PolicySetProvider> _logger = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Constructor_InvalidFolder_ThrowsWithTheErrors()
    {
        _folder.Edit("mous/codi-housing.yaml", "  - member.identity\n", "  - member.identity\n  - member.salary\n");

        var exception = Assert.Throws<InvalidPolicySetException>(() => new PolicySetProvider(_folder.Path, Options, _logger));

        Assert.Equal(PolicyErrorCode.UnknownScope, Assert.Single(exception.Errors).Code);
        Assert.Contains("codi-housing.yaml:17:5", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileEdit_ValidChange_ReplacesTheSetAndRaisesChanged()
    {
        using var provider = new PolicySetProvider(_folder.Path, Options, _logger, QuietPeriod);
        var original = provider.Current;
        var changed = new TaskCompletionSource<PolicySetChangedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Changed += (_, args) => changed.TrySetResult(args);

        _folder.Edit("mous/codi-housing.yaml", "  requests: 100", "  requests: 50");
        var args = await changed.Task.WaitAsync(Patience);

        Assert.Same(original, args.Previous);
        Assert.Same(provider.Current, args.Current);
        Assert.NotEqual(original.VersionHash, provider.Current.VersionHash);
        Assert.Equal(50, provider.Current.Mous.Single(mou => mou.Id == "MOU-TEST-001").RateLimit.Requests);
    }

    [Fact]
    public async Task FileEdit_InvalidChange_KeepsTheLastGoodSetAndLogsTheErrors()
    {
        using var provider = new PolicySetProvider(_folder.Path, Options, _logger, QuietPeriod);
        var original = provider.Current;
        var changes = 0;
        provider.Changed += (_, _) => Interlocked.Increment(ref changes);

        _folder.Edit("mous/codi-housing.yaml", "effective-to: 2026-12-31", "effective-to: 2025-12-31");
        await WaitUntil(() => _logger.Entries.Any(entry => entry.Level == Microsoft.Extensions.Logging.LogLevel.Error));

        Assert.Same(original, provider.Current);
        Assert.Equal(0, Volatile.Read(ref changes));
        var logged = _logger.Entries.Single(entry => entry.Level == Microsoft.Extensions.Logging.LogLevel.Error).Message;
        Assert.Contains("mous/codi-housing.yaml:9:15", logged, StringComparison.Ordinal);
        Assert.Contains(original.VersionHash + " stays in force", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileEdit_InvalidThenFixed_TakesEffectOnTheFix()
    {
        using var provider = new PolicySetProvider(_folder.Path, Options, _logger, QuietPeriod);
        var changed = new TaskCompletionSource<PolicySet>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Changed += (_, args) => changed.TrySetResult(args.Current);

        _folder.Edit("mous/codi-housing.yaml", "  per: minute", "  per: fortnight");
        await WaitUntil(() => _logger.Entries.Any(entry => entry.Level == Microsoft.Extensions.Logging.LogLevel.Error));
        _folder.Edit("mous/codi-housing.yaml", "  per: fortnight", "  per: hour");
        var current = await changed.Task.WaitAsync(Patience);

        Assert.Equal(TimeSpan.FromHours(1), current.Mous.Single(mou => mou.Id == "MOU-TEST-001").RateLimit.Window);
    }

    [Fact]
    public async Task FileAdded_NewMou_TakesEffect()
    {
        using var provider = new PolicySetProvider(_folder.Path, Options, _logger, QuietPeriod);
        var changed = new TaskCompletionSource<PolicySet>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Changed += (_, args) => changed.TrySetResult(args.Current);

        var renewal = _folder.Read("mous/codi-housing.yaml")
            .Replace("MOU-TEST-001", "MOU-TEST-009", StringComparison.Ordinal)
            .Replace("signed: 2025-12-15", "signed: 2026-12-01", StringComparison.Ordinal)
            .Replace("effective-from: 2026-01-01", "effective-from: 2027-01-01", StringComparison.Ordinal)
            .Replace("effective-to: 2026-12-31", "effective-to: 2027-12-31", StringComparison.Ordinal);
        _folder.Write("mous/codi-renewal.yaml", renewal);
        var current = await changed.Task.WaitAsync(Patience);

        Assert.Contains(current.Mous, mou => mou.Id == "MOU-TEST-009");
    }

    [Fact]
    public async Task FileEdit_ChangedHandlerThrows_IsLoggedAndTheNewSetStaysInForce()
    {
        using var provider = new PolicySetProvider(_folder.Path, Options, _logger, QuietPeriod);
        var original = provider.Current;
        provider.Changed += (_, _) => throw new InvalidOperationException("a subscriber failed");

        _folder.Edit("mous/codi-housing.yaml", "  requests: 100", "  requests: 70");
        await WaitUntil(() => _logger.Entries.Any(entry => entry.Message.StartsWith("Policy reload failed", StringComparison.Ordinal)));

        Assert.NotEqual(original.VersionHash, provider.Current.VersionHash);
    }

    [Fact]
    public void Reload_NothingChanged_KeepsTheSameInstanceWithoutAnEvent()
    {
        using var provider = new PolicySetProvider(_folder.Path, Options, _logger, QuietPeriod);
        var original = provider.Current;
        var raised = false;
        provider.Changed += (_, _) => raised = true;

        var result = provider.Reload();

        Assert.True(result.IsValid);
        Assert.Same(original, provider.Current);
        Assert.False(raised);
    }

    private static PolicyLoadOptions Options => new(PolicyEnvironment.Production);

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not become true in time.");
            await Task.Delay(20);
        }
    }
}
