using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Support;

/// <summary>One recorded log line: its category, message and the scope properties in force.</summary>
public sealed record LogLine(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Scope);

/// <summary>Records every log line with the properties of its scopes, as a structured sink would see them.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogLine> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>The lines logged so far.</summary>
    public IReadOnlyCollection<LogLine> Lines => _lines;

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, this);

    /// <inheritdoc />
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class RecordingLogger(string category, RecordingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, object?>();
            provider._scopes.ForEachScope(
                (value, properties) =>
                {
                    if (value is IEnumerable<KeyValuePair<string, object>> pairs)
                    {
                        foreach (var pair in pairs)
                        {
                            properties[pair.Key] = pair.Value;
                        }
                    }
                },
                scope);
            provider._lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception), scope));
        }
    }
}
