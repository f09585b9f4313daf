namespace NanoClaw.Actors.Kernel;

/// <summary>Lifecycle hooks with Akka's defaults, and the around-hooks base classes wrap them with.</summary>
public abstract partial class ActorBase
{
    /// <summary>Runs after the first instance is built, before any message. The default does nothing.</summary>
    protected virtual void PreStart()
    {
    }

    /// <summary>Runs after the actor stopped for good; sends from here on go to dead letters. The default does nothing.</summary>
    protected virtual void PostStop()
    {
    }

    /// <summary>
    /// Runs on the failed instance before it is replaced; <paramref name="message"/> is the one that
    /// failed, if any. The default unwatches and stops every child, then calls <see cref="PostStop"/>.
    /// </summary>
    protected virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in Context.Children)
        {
            Context.Unwatch(child);
            Context.Stop(child);
        }

        PostStop();
    }

    /// <summary>Runs on the new instance after a restart. The default calls <see cref="PreStart"/>.</summary>
    protected virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>Wraps delivery of every user message to the current behaviour; returns whether it was handled.</summary>
    protected internal virtual bool AroundReceive(Receive receive, object message) => receive(message);

    protected internal virtual void AroundPreStart() => PreStart();

    protected internal virtual void AroundPostStop() => PostStop();

    protected internal virtual void AroundPreRestart(Exception reason, object? message) => PreRestart(reason, message);

    protected internal virtual void AroundPostRestart(Exception reason) => PostRestart(reason);
}
