using NanoClaw.Actors.Contracts;

namespace NanoClaw.Actors.Runs;

/// <summary>The supervisor's runs and waiting queue.</summary>
public sealed record RunsSnapshot(IReadOnlyList<RunStatus> Runs, IReadOnlyList<QueueEntry> Queue, int MaxConcurrent);
