namespace NanoClaw.Actors.Scheduling;

/// <summary>
/// A task's fate at start. <see cref="NextRun"/> is the due time to keep: for
/// <see cref="MisfireAction.RunNow"/> the missed due time the run belongs to, for
/// <see cref="MisfireAction.Skip"/> the next due time after now (null: the task is completed).
/// </summary>
public sealed record MisfireDecision(MisfireAction Action, DateTimeOffset? NextRun);
