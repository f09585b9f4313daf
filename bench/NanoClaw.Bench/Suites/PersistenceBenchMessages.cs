namespace NanoClaw.Bench.Suites;

/// <summary>Command: persist one event.</summary>
internal sealed record BenchAdd(long Value);

/// <summary>Command: persist <paramref name="Count"/> events, one Persist call each, in one go.</summary>
internal sealed record BenchAddMany(int Count);

/// <summary>Command: reply once recovered (a persistent actor stashes commands until then).</summary>
internal sealed record BenchPing;
