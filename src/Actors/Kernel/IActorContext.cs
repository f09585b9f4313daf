using Microsoft.Extensions.Logging;

namespace NanoClaw.Actors.Kernel;

/// <summary>
/// What an actor sees of its runtime. Use it only from the actor's own turn (handlers, hooks, and
/// continuations of its async handlers), never from other threads.
/// </summary>
public interface IActorContext
{
    IActorRef Self { get; }

    /// <summary>The sender of the current message; dead letters when there was none.</summary>
    IActorRef Sender { get; }

    /// <summary>The supervising parent; <see cref="ActorRefs.Nobody"/> for guardians.</summary>
    IActorRef Parent { get; }

    ActorSystem System { get; }

    Props Props { get; }

    /// <summary>Children that have not yet been seen to terminate.</summary>
    IReadOnlyCollection<IActorRef> Children { get; }

    /// <summary>A logger whose entries carry this actor's path in their scope.</summary>
    ILogger Log { get; }

    /// <summary>The current receive timeout, or null when none is set.</summary>
    TimeSpan? ReceiveTimeout { get; }

    /// <summary>Creates a child; a null name generates one. Throws <see cref="InvalidActorNameException"/> for a taken or bad name.</summary>
    IActorRef ActorOf(Props props, string? name = null);

    IActorRef? Child(string name);

    /// <summary>
    /// Stops <paramref name="actor"/> asynchronously: the current message finishes, children stop first,
    /// then <c>PostStop</c> runs and remaining messages go to dead letters.
    /// </summary>
    void Stop(IActorRef actor);

    /// <summary>Delivers <see cref="Terminated"/> when <paramref name="subject"/> stops; at once if it already has.</summary>
    IActorRef Watch(IActorRef subject);

    /// <summary>Like <see cref="Watch"/> but delivers <paramref name="message"/> instead of <see cref="Terminated"/>.</summary>
    IActorRef WatchWith(IActorRef subject, object message);

    /// <summary>Stops watching; a Terminated already queued for <paramref name="subject"/> is dropped.</summary>
    IActorRef Unwatch(IActorRef subject);

    /// <summary>Replaces the current behaviour.</summary>
    void Become(Receive receive);

    /// <summary>Pushes a behaviour that <see cref="Unbecome"/> pops.</summary>
    void BecomeStacked(Receive receive);

    /// <summary>Returns to the previous behaviour, or the actor's own <c>Receive</c>.</summary>
    void Unbecome();

    /// <summary>Sets the idle period after which <see cref="Kernel.ReceiveTimeout"/> is delivered; null turns it off.</summary>
    void SetReceiveTimeout(TimeSpan? timeout);
}
