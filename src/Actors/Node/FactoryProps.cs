using Akka.Actor;

namespace NanoClaw.Actors.Node;

/// <summary>
/// Props that make their actor by calling a delegate, through Akka's <see cref="IIndirectActorProducer"/>.
/// <c>Props.Create(() =&gt; new T(…))</c> compiles every constructor argument of the expression into a
/// delegate each time it is called, which costs tens of microseconds and leaves dynamic methods for
/// the finalizer; the node makes props for every group it wakes and every run it starts.
/// </summary>
public static class FactoryProps
{
    public static Props Create<TActor>(Func<TActor> create)
        where TActor : ActorBase
    {
        ArgumentNullException.ThrowIfNull(create);
        return Props.CreateBy(new Producer<TActor>(create));
    }

    private sealed class Producer<TActor>(Func<TActor> create) : IIndirectActorProducer
        where TActor : ActorBase
    {
        public Type ActorType => typeof(TActor);

        public ActorBase Produce() => create();

        public void Release(ActorBase actor)
        {
        }
    }
}
