namespace NanoClaw.Actors.Kernel;

/// <summary>
/// A small per-thread free list of mailbox nodes. A consumer returns the stub it leaves behind, and
/// producers on the same thread reuse it, so steady request/reply traffic allocates almost nothing.
/// A node is returned only once no producer can still write to it (see <see cref="MpscQueue.TryDequeue"/>).
/// </summary>
internal static class MailboxNodePool
{
    private const int Capacity = 1024;

    [ThreadStatic]
    private static MailboxNode? _free;

    [ThreadStatic]
    private static int _count;

    public static MailboxNode Rent()
    {
        var node = _free;
        if (node is null)
        {
            return new MailboxNode();
        }

        _free = node.Next;
        node.Next = null;
        _count--;
        return node;
    }

    public static void Return(MailboxNode node)
    {
        if (_count >= Capacity)
        {
            return;
        }

        node.Next = _free;
        _free = node;
        _count++;
    }
}
