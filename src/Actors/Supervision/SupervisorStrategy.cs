using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Supervision;

/// <summary>
/// How a parent treats its children's failures: a decider maps the exception to a
/// <see cref="Directive"/>, and restarts are limited to <see cref="MaxNrOfRetries"/> within
/// <see cref="WithinTimeRange"/>; a refused restart stops the child.
/// </summary>
public abstract class SupervisorStrategy
{
    protected SupervisorStrategy(int maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive>? decider, bool loggingEnabled)
    {
        if (withinTimeRange is { } window && (window <= TimeSpan.Zero || window == Timeout.InfiniteTimeSpan))
        {
            throw new ArgumentOutOfRangeException(nameof(withinTimeRange), withinTimeRange, "A retry window must be positive and finite; pass null for none.");
        }

        MaxNrOfRetries = maxNrOfRetries;
        WithinTimeRange = withinTimeRange;
        Decider = decider ?? DefaultDecider;
        LoggingEnabled = loggingEnabled;
    }

    /// <summary>One-for-one with the default decider and unlimited restarts: Akka's default.</summary>
    public static SupervisorStrategy DefaultStrategy { get; } = new OneForOneStrategy();

    /// <summary>Restarts allowed within <see cref="WithinTimeRange"/>; -1 means unlimited.</summary>
    public int MaxNrOfRetries { get; }

    /// <summary>The window restarts are counted in; null counts over the child's life.</summary>
    public TimeSpan? WithinTimeRange { get; }

    public Func<Exception, Directive> Decider { get; }

    public bool LoggingEnabled { get; }

    /// <summary>
    /// Initialization failures, <see cref="ActorKilledException"/> and <see cref="DeathPactException"/>
    /// stop the child; every other exception restarts it.
    /// </summary>
    public static Directive DefaultDecider(Exception cause) => cause switch
    {
        ActorInitializationException => Directive.Stop,
        ActorKilledException => Directive.Stop,
        DeathPactException => Directive.Stop,
        _ => Directive.Restart,
    };

    /// <summary>Applies Restart or Stop to the failed child alone, or to all children.</summary>
    private protected abstract void ProcessFailure(ActorCell parent, bool restart, ActorCell child, Exception cause);

    internal void HandleFailure(ActorCell parent, ActorCell child, Exception cause)
    {
        var directive = Decider(cause);
        Log(parent, child, cause, directive);
        switch (directive)
        {
            case Directive.Resume:
                child.Self.SendSystem(Resume.Instance);
                break;
            case Directive.Restart:
                ProcessFailure(parent, true, child, cause);
                break;
            case Directive.Stop:
                ProcessFailure(parent, false, child, cause);
                break;
            default:
                // Escalate: the parent fails with the child's exception and its own parent decides.
                throw cause;
        }
    }

    private protected bool MayRestart(ActorCell parent, ActorCell child) =>
        (child.RestartStats ??= new ChildRestartStats()).RequestRestartPermission(MaxNrOfRetries, WithinTimeRange, parent.System.TimeProvider);

    private void Log(ActorCell parent, ActorCell child, Exception cause, Directive directive)
    {
        if (!LoggingEnabled || directive == Directive.Escalate)
        {
            return;
        }

        var level = directive == Directive.Resume ? LogLevel.Warning : LogLevel.Error;
        parent.KernelLog.Log(level, cause, "{ActorPath} failed ({ExceptionType}: {Reason}); supervisor decided {Directive}", child.Self.Path, cause.GetType().Name, cause.Message, directive);
    }
}
