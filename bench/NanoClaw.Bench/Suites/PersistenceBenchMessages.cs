namespace NanoClaw.Bench.Suites;

/// <summary>Command: persist one <see cref="BenchAdded"/>.</summary>
internal sealed record BenchAdd(long Value);

/// <summary>Command: persist <paramref name="Count"/> events, one Persist call each, in one go.</summary>
internal sealed record BenchAddMany(int Count);

/// <summary>Command: reply once recovered (it waits in the stash until then).</summary>
internal sealed record BenchPing;

/// <summary>The benchmark's event.</summary>
public sealed record BenchAdded(long Value);

/// <summary>The benchmark's snapshot.</summary>
public sealed record BenchState(long Count, long Sum);
