namespace NanoClaw.Actors.Tests.Support;

/// <summary>
/// Holds an actor inside a handler until the test opens it, so the test can queue messages behind
/// the one being processed. Waits are bounded so a broken test fails instead of hanging.
/// </summary>
public sealed class Gate : IDisposable
{
    private readonly ManualResetEventSlim _open = new(false);
    private readonly ManualResetEventSlim _entered = new(false);

    /// <summary>Called by the actor: signals it is inside, then waits for <see cref="Open"/>.</summary>
    public void Pass()
    {
        _entered.Set();
        if (!_open.Wait(TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException("The gate was never opened.");
        }
    }

    /// <summary>Called by the test: waits until the actor is held at the gate.</summary>
    public void WaitUntilEntered()
    {
        if (!_entered.Wait(TimeSpan.FromSeconds(5)))
        {
            throw new TimeoutException("The actor never reached the gate.");
        }
    }

    public void Open() => _open.Set();

    public void Dispose()
    {
        _open.Set();
        _open.Dispose();
        _entered.Dispose();
    }
}
