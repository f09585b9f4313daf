using NanoClaw.Actors.Supervision;

namespace NanoClaw.Actors.Kernel;

/// <summary>
/// An immutable recipe for an actor: how to build each incarnation (the first and every restart) and
/// how it supervises its children.
/// </summary>
public sealed class Props
{
    private readonly Func<ActorBase> _factory;

    private Props(Type actorType, Func<ActorBase> factory, SupervisorStrategy? supervisorStrategy)
    {
        ActorType = actorType;
        _factory = factory;
        SupervisorStrategy = supervisorStrategy;
    }

    public Type ActorType { get; }

    /// <summary>Overrides the actor's own <c>SupervisorStrategy()</c> for its children when set.</summary>
    public SupervisorStrategy? SupervisorStrategy { get; }

    public static Props Create<TActor>()
        where TActor : ActorBase, new()
        => new(typeof(TActor), static () => new TActor(), null);

    /// <summary>Builds each incarnation with <paramref name="factory"/>, which must return a new instance every call.</summary>
    public static Props Create<TActor>(Func<TActor> factory)
        where TActor : ActorBase
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new(typeof(TActor), factory, null);
    }

    public Props WithSupervisorStrategy(SupervisorStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return new(ActorType, _factory, strategy);
    }

    internal ActorBase NewActor() => _factory();
}
