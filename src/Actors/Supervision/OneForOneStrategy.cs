using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Supervision;

/// <summary>Applies a directive to the failed child only. The default strategy.</summary>
public sealed class OneForOneStrategy(
    int maxNrOfRetries = -1,
    TimeSpan? withinTimeRange = null,
    Func<Exception, Directive>? decider = null,
    bool loggingEnabled = true)
    : SupervisorStrategy(maxNrOfRetries, withinTimeRange, decider, loggingEnabled)
{
    public OneForOneStrategy(Func<Exception, Directive> decider)
        : this(-1, null, decider)
    {
    }

    private protected override void ProcessFailure(ActorCell parent, bool restart, ActorCell child, Exception cause)
    {
        if (restart && MayRestart(parent, child))
        {
            child.Self.SendSystem(new Recreate(cause));
        }
        else
        {
            parent.Stop(child.Self);
        }
    }
}
