namespace NanoClaw.Actors.Kernel;

/// <summary>
/// Captured by awaits inside an async handler so their continuations run with the actor as the
/// current one (implicit sender, PipeTo's sender). The mailbox is suspended meanwhile, so these
/// continuations never race the actor's other messages.
/// </summary>
internal sealed class ActorSynchronizationContext(ActorCell cell) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state) =>
        ThreadPool.UnsafeQueueUserWorkItem(static work => work.Context.Run(work.Callback, work.State), new Work(this, d, state), preferLocal: false);

    public override void Send(SendOrPostCallback d, object? state) => Run(d, state);

    public override SynchronizationContext CreateCopy() => this;

    private void Run(SendOrPostCallback callback, object? state)
    {
        var previousCell = ActorCell.Enter(cell);
        var previousContext = Current;
        SetSynchronizationContext(this);
        try
        {
            callback(state);
        }
        finally
        {
            SetSynchronizationContext(previousContext);
            ActorCell.Enter(previousCell);
        }
    }

    private readonly record struct Work(ActorSynchronizationContext Context, SendOrPostCallback Callback, object? State);
}
