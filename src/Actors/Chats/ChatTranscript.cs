namespace NanoClaw.Actors.Chats;

/// <summary>The recent lines of one chat and the signal long-polling readers wait on.</summary>
internal sealed class ChatTranscript(int capacity)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<ChatEntry> _entries = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _working;

    public bool Working
    {
        get
        {
            lock (_gate)
            {
                return _working;
            }
        }
    }

    /// <summary>Adds the entry unless one at or after its cursor is already there (a replay).</summary>
    public void Append(ChatEntry entry)
    {
        lock (_gate)
        {
            if (_entries.Last is { } last && last.Value.Cursor >= entry.Cursor)
            {
                return;
            }

            _entries.AddLast(entry);
            while (_entries.Count > capacity)
            {
                _entries.RemoveFirst();
            }

            Signal();
        }
    }

    public void SetWorking(bool working)
    {
        lock (_gate)
        {
            if (_working != working)
            {
                _working = working;
                Signal();
            }
        }
    }

    /// <summary>Entries after <paramref name="after"/>, the working flag, and a task that completes on the next change.</summary>
    public (List<ChatEntry> Entries, bool Working, Task Changed) Read(long after)
    {
        lock (_gate)
        {
            return ([.. _entries.Where(e => e.Cursor > after)], _working, _changed.Task);
        }
    }

    private void Signal()
    {
        _changed.TrySetResult();
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
