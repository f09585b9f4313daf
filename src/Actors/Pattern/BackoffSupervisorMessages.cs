using NanoClaw.Actors.Events;
using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Pattern;

/// <summary>Asks a <see cref="BackoffSupervisor"/> for its child; the reply is <see cref="CurrentChild"/>.</summary>
public sealed record GetCurrentChild
{
    public static readonly GetCurrentChild Instance = new();
}

/// <summary>The running child, or null while it is down.</summary>
public sealed record CurrentChild(IActorRef? Ref);

/// <summary>Asks a <see cref="BackoffSupervisor"/> how often it restarted; the reply is <see cref="RestartCount"/>.</summary>
public sealed record GetRestartCount
{
    public static readonly GetRestartCount Instance = new();
}

public sealed record RestartCount(int Count);

/// <summary>Sent by the child under manual reset (e.g. after a success) to set the restart count back to 0.</summary>
public sealed record Reset
{
    public static readonly Reset Instance = new();
}

/// <summary>The timer that recreates the child.</summary>
internal sealed record StartChild : IDeadLetterSuppression
{
    public static readonly StartChild Instance = new();
}

/// <summary>The auto-reset timer; resets only if no restart happened since it was started.</summary>
internal sealed record ResetRestartCount(int Current) : IDeadLetterSuppression;
