namespace NanoClaw.Actors.Kernel;

/// <summary>A link of <see cref="MpscQueue"/>; a dequeued node becomes the queue's stub.</summary>
internal sealed class MailboxNode
{
    public object? Message;
    public IActorRef? Sender;
    public MailboxNode? Next;
}
