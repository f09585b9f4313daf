using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NanoClaw.Actors.Tests.Support;

/// <summary>A logger factory that keeps every entry in memory, with its open scopes.</summary>
public sealed class CapturingLoggerFactory : ILoggerFactory
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private readonly AsyncLocal<ImmutableScopes?> _scopes = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed record ImmutableScopes(object State, ImmutableScopes? Parent)
    {
        public List<object> ToList()
        {
            var list = new List<object>();
            for (var s = this; s is not null; s = s.Parent)
            {
                list.Insert(0, s.State);
            }

            return list;
        }
    }

    private sealed class Logger(CapturingLoggerFactory factory, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            var previous = factory._scopes.Value;
            factory._scopes.Value = new ImmutableScopes(state, previous);
            return new Pop(() => factory._scopes.Value = previous);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            factory._entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), factory._scopes.Value?.ToList() ?? [], exception));
    }

    private sealed class Pop(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
