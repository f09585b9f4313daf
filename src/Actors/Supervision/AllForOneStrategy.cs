using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Supervision;

/// <summary>
/// Applies Restart and Stop to every child of the supervisor (Resume only to the failed one); for
/// children that only work as a set. Retry limits are counted on the failed child.
/// </summary>
public sealed class AllForOneStrategy(
    int maxNrOfRetries = -1,
    TimeSpan? withinTimeRange = null,
    Func<Exception, Directive>? decider = null,
    bool loggingEnabled = true)
    : SupervisorStrategy(maxNrOfRetries, withinTimeRange, decider, loggingEnabled)
{
    public AllForOneStrategy(Func<Exception, Directive> decider)
        : this(-1, null, decider)
    {
    }

    private protected override void ProcessFailure(ActorCell parent, bool restart, ActorCell child, Exception cause)
    {
        var restartAll = restart && MayRestart(parent, child);
        foreach (var sibling in parent.Children)
        {
            if (restartAll)
            {
                ((IInternalActorRef)sibling).SendSystem(new Recreate(cause));
            }
            else
            {
                parent.Stop(sibling);
            }
        }
    }
}
