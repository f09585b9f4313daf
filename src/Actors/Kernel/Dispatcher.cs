namespace NanoClaw.Actors.Kernel;

/// <summary>
/// Runs mailboxes on the .NET thread pool. A mailbox processes at most <see cref="Throughput"/> user
/// messages per turn before it yields the thread, so one busy actor cannot starve the others.
/// </summary>
internal sealed class Dispatcher(int throughput)
{
    public int Throughput { get; } = throughput;

    // The global queue (preferLocal: false) keeps actors fair across workers; a local queue would
    // let a chatty pair monopolise one worker while the other idles.
    public void Schedule(IThreadPoolWorkItem mailbox) => ThreadPool.UnsafeQueueUserWorkItem(mailbox, preferLocal: false);
}
