using Akka.Actor;

namespace NanoClaw.Bench.Suites.Kernel;

/// <summary>An Akka.NET actor system with its default dispatcher and settings (only warnings logged), terminated when disposed.</summary>
internal sealed class BenchActorSystem : IAsyncDisposable
{
    private BenchActorSystem(ActorSystem system) => System = system;

    public ActorSystem System { get; }

    public static BenchActorSystem Create(string name) => new(ActorSystem.Create(name, "akka.loglevel = WARNING"));

    public async ValueTask DisposeAsync() => await System.Terminate();
}
