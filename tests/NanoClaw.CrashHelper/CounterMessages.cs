namespace NanoClaw.CrashHelper;

/// <summary>Applies increment <paramref name="Id"/> once it is durable; the counter then prints <c>ack Id</c>.</summary>
public sealed record Increment(long Id);

/// <summary>Asks a counter for the ids it applied, in order; the reply is the list.</summary>
public sealed record GetIds;

/// <summary>The event: increment <paramref name="Id"/> was applied.</summary>
public sealed record Incremented(long Id);

/// <summary>The snapshot: every id applied so far, in order (a list, so a duplicate would show).</summary>
public sealed record CounterSnapshot(IReadOnlyList<long> Ids);
