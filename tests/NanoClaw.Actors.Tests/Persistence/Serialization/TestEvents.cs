using System.Text.Json.Serialization;

namespace NanoClaw.Actors.Tests.Persistence.Serialization;

/// <summary>The first version of an event, as an old build wrote it.</summary>
public sealed record CounterIncrementedV1(int Amount);

/// <summary>The same event after a field was added; old payloads lack it.</summary>
public sealed record CounterIncremented(int Amount, string? Reason = null, int Weight = 1);

public sealed record GroupRenamed(string Name);

public sealed record Unregistered(int Value);

public sealed record CounterState(int Total, IReadOnlyList<string> History);

[JsonSerializable(typeof(CounterIncremented))]
[JsonSerializable(typeof(CounterState))]
public sealed partial class TestEventsJsonContext : JsonSerializerContext;
