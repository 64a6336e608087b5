using Microsoft.Extensions.Logging;

namespace IntegrationHub.Data.Tests.Infrastructure;

/// <summary>A logger that keeps every formatted message, for asserting what was logged.</summary>
public sealed class RecordingLogger : ILogger
{
    private readonly List<string> _messages = [];

    /// <summary>The messages logged so far.</summary>
    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_messages)
        {
            _messages.Add(formatter(state, exception));
        }
    }
}
