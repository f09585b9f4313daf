using Akka.Actor;
using Akka.Configuration;
using Akka.TestKit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Host.Node;

namespace NanoClaw.Host.Tests.Support;

/// <summary>
/// The node's actor system as the node builds it, on a test journal, and by default on Akka.TestKit's
/// <see cref="TestScheduler"/> so actor timers move only when a test advances them.
/// </summary>
internal sealed class TestNodeSystem : IAsyncDisposable
{
    private static readonly Config TestSchedulerConfig =
        ConfigurationFactory.ParseString($"akka.scheduler.implementation = \"{typeof(TestScheduler).AssemblyQualifiedName}\"");

    private readonly StandaloneNodeSystem _inner;

    private TestNodeSystem(StandaloneNodeSystem inner) => _inner = inner;

    public ActorSystem System => _inner.System;

    /// <summary>The test scheduler, or null when the system runs on real time.</summary>
    public TestScheduler? Scheduler => System.Scheduler as TestScheduler;

    public static async Task<TestNodeSystem> StartAsync(NodeJournal journal, ILoggerFactory? loggerFactory = null, bool realTime = false, Config? extra = null)
    {
        var config = realTime ? extra : (extra ?? Config.Empty).WithFallback(TestSchedulerConfig);
        return new TestNodeSystem(await StandaloneNodeSystem.StartAsync("node-test", journal, loggerFactory ?? NullLoggerFactory.Instance, config));
    }

    public ValueTask DisposeAsync() => _inner.DisposeAsync();
}
