using Microsoft.Extensions.Logging;

namespace NanoClaw.Actors.Tests.Support;

/// <summary>One log entry with the scopes that were open when it was written.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<object> Scopes, Exception? Exception)
{
    /// <summary>The value of a structured scope property, e.g. ActorPath.</summary>
    public object? ScopeValue(string key) =>
        Scopes.OfType<IEnumerable<KeyValuePair<string, object?>>>()
            .SelectMany(s => s)
            .Where(p => p.Key == key)
            .Select(p => p.Value)
            .LastOrDefault();
}
