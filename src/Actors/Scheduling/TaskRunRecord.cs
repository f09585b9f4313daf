using System.Text.Json.Serialization;

namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// One entry of a task's run history. <see cref="Result"/> and <see cref="Error"/> hold at most
/// <see cref="RunSummary.Length"/> characters; an interrupted run has no duration, since nobody
/// saw it end.
/// </summary>
public sealed record TaskRunRecord(
    string TaskId,
    DateTimeOffset StartedAt,
    TimeSpan? Duration,
    RunStatus Status,
    string? Result,
    string? Error)
{
    /// <summary>What the history says of a run cut short by the node stopping.</summary>
    public const string InterruptedReason = "the node stopped during this run; it is not repeated";

    public static TaskRunRecord Succeeded(string taskId, DateTimeOffset startedAt, DateTimeOffset endedAt, string? result) =>
        new(taskId, startedAt, endedAt - startedAt, RunStatus.Success, RunSummary.Truncate(result), null);

    public static TaskRunRecord Failed(string taskId, DateTimeOffset startedAt, DateTimeOffset endedAt, string error) =>
        new(taskId, startedAt, endedAt - startedAt, RunStatus.Error, null, RunSummary.Truncate(error));

    public static TaskRunRecord Interrupted(string taskId, DateTimeOffset startedAt) =>
        new(taskId, startedAt, null, RunStatus.Interrupted, null, InterruptedReason);

    /// <summary>The task's last result after this run (see <see cref="RunSummary.LastResult"/>).</summary>
    [JsonIgnore]
    public string LastResult => RunSummary.LastResult(this);
}
