using Akka.Actor;
using NanoClaw.Actors.Agents;

namespace NanoClaw.Actors.Runs;

/// <summary>Group → supervisor: the group needs a container. Answered with <see cref="RunGranted"/> once a slot is free.</summary>
public sealed record RequestRun(AgentRunRequest Request, RunKind Kind);

/// <summary>Group → supervisor: the group no longer waits for a slot.</summary>
public sealed record CancelRunRequest(string Folder);

/// <summary>Supervisor → group: its run actor exists; send it <see cref="BeginTurn"/>.</summary>
public sealed record RunGranted(string RunId, IActorRef Run, RunKind Kind);

/// <summary>Supervisor → group: the run could not be created; the group counts it as a failed start.</summary>
public sealed record RunRefused(string RunId, string Reason);

/// <summary>Supervisor → group: the run is over and its container gone. <paramref name="Failed"/> when it ended mid-turn or never started.</summary>
public sealed record RunEnded(string RunId, string Reason, bool Failed);

/// <summary>Group → run: the first turn.</summary>
public sealed record BeginTurn(string Prompt, string? SessionId, bool IsScheduledTask);

/// <summary>Group → run: a further turn in the same conversation (follow-up messages).</summary>
public sealed record ContinueTurn(string Prompt);

/// <summary>Group or supervisor → run: finish and let the container exit.</summary>
public sealed record CloseRun(string Reason)
{
    public static readonly CloseRun Idle = new("idle");
}

/// <summary>Supervisor → run: close if warm and idle, to free the slot for a waiting group.</summary>
public sealed record CloseIfIdle
{
    public static readonly CloseIfIdle Instance = new();
}

/// <summary>Run → group: the agent is up and waits for its first turn.</summary>
public sealed record AgentReady(string RunId);

/// <summary>Run → group: the run is closing; send it no further turns.</summary>
public sealed record AgentClosing(string RunId);

/// <summary>Run → group: text the agent produced for the user (internal blocks not yet stripped).</summary>
public sealed record AgentOutput(string RunId, string Text);

/// <summary>Run → group: the session to resume next time.</summary>
public sealed record AgentSessionAssigned(string RunId, string SessionId);

/// <summary>Run → group: the turn finished; the container stays warm for follow-ups.</summary>
public sealed record AgentTurnEnded(string RunId);

/// <summary>Run → group: the turn failed; the run is closing.</summary>
public sealed record AgentTurnFailed(string RunId, string Reason, bool Retryable);

/// <summary>Run → supervisor: busy with a turn or warm and idle.</summary>
public sealed record RunBusy(string RunId, bool Busy);

/// <summary>Run → supervisor, just before it stops: how the run ended.</summary>
public sealed record RunFinishing(string RunId, string Reason, bool Failed);

/// <summary>Asks the supervisor for its runs and queue; answered with <see cref="RunsSnapshot"/>.</summary>
public sealed record GetRuns
{
    public static readonly GetRuns Instance = new();
}

/// <summary>Asks the supervisor to stop every run and answer <see cref="AllRunsStopped"/> when their containers are gone.</summary>
public sealed record StopAllRuns
{
    public static readonly StopAllRuns Instance = new();
}

/// <summary>Every run has stopped.</summary>
public sealed record AllRunsStopped
{
    public static readonly AllRunsStopped Instance = new();
}
