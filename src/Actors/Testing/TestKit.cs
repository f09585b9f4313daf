using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Testing;

/// <summary>
/// A base class for actor tests, independent of the test framework: it owns an
/// <see cref="ActorSystem"/> on a <see cref="ManualTimeProvider"/> and a default probe,
/// <see cref="TestActor"/>, whose expectations it exposes directly. Disposing it terminates the system.
/// </summary>
public abstract partial class TestKit : IDisposable, IAsyncDisposable
{
    /// <summary>How long disposal waits for the system to terminate.</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    private static int _systemCounter;
    private int _probeCounter;
    private bool _disposed;

    /// <summary>
    /// Builds the system from default options on <see cref="Time"/>; <paramref name="configure"/> may
    /// change them (for example to add a logger factory).
    /// </summary>
    protected TestKit(Func<ActorSystemOptions, ActorSystemOptions>? configure = null)
    {
        Time = new ManualTimeProvider();
        var options = new ActorSystemOptions { TimeProvider = Time };
        Sys = ActorSystem.Create($"test-{Interlocked.Increment(ref _systemCounter)}", configure is null ? options : configure(options));
        Probe = CreateTestProbe("testActor");
    }

    public ActorSystem Sys { get; }

    /// <summary>The clock of <see cref="Sys"/>; advance it to fire timers, receive timeouts and ask timeouts.</summary>
    public ManualTimeProvider Time { get; }

    /// <summary>The default probe.</summary>
    public TestProbe Probe { get; }

    /// <summary>The default probe as a sender: pass it to Tell so replies come back to the expectations.</summary>
    public IActorRef TestActor => Probe.Ref;

    public IActorRef LastSender => Probe.LastSender;

    public TestProbe CreateTestProbe(string? name = null) =>
        new(Sys, name ?? $"probe-{Interlocked.Increment(ref _probeCounter)}");

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            await Sys.Terminate().WaitAsync(ShutdownTimeout).ConfigureAwait(false);
        }

        Dispose(false);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            Sys.Dispose();
        }
    }
}
