using Akka.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace NanoClaw.Host.Tests.Support;

/// <summary>
/// The test's one clock: business time (<see cref="FakeTimeProvider"/>, read by cron, due times and
/// timestamps) and the actor system's <see cref="TestScheduler"/> (actor timers, backoff) advanced as one.
/// </summary>
internal sealed class NodeClock(DateTimeOffset start)
{
    public FakeTimeProvider Provider { get; } = new(start);

    /// <summary>The scheduler of the current actor system; a new system brings a new one.</summary>
    public TestScheduler? Scheduler { get; set; }

    public DateTimeOffset GetUtcNow() => Provider.GetUtcNow();

    /// <summary>Moves business time, then fires the actor timers that came due, in the same step.</summary>
    public void Advance(TimeSpan by)
    {
        Provider.Advance(by);
        Scheduler?.Advance(by);
    }
}
