using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Stashing;

/// <summary>A stash bound to one actor cell; used only during that actor's turn.</summary>
internal sealed class ActorStash(ActorCell cell) : IStash
{
    private readonly List<Envelope> _messages = [];
    private long _lastStashedSequence = -1;

    public int Count => _messages.Count;

    public void Stash()
    {
        var message = cell.CurrentMessage
            ?? throw new InvalidOperationException("Stash can only be called while a message is being processed.");
        if (_lastStashedSequence == cell.MessageSequence)
        {
            throw new InvalidOperationException($"The current message ({message.GetType().Name}) is already stashed.");
        }

        _lastStashedSequence = cell.MessageSequence;
        _messages.Add(new Envelope(message, cell.CurrentSender));
    }

    public void Unstash()
    {
        if (_messages.Count == 0)
        {
            return;
        }

        var oldest = _messages[0];
        _messages.RemoveAt(0);
        cell.Prepend([oldest]);
    }

    public void UnstashAll()
    {
        cell.Prepend(_messages);
        _messages.Clear();
    }

    public IReadOnlyList<object> ClearStash()
    {
        var messages = _messages.Select(e => e.Message).ToArray();
        _messages.Clear();
        return messages;
    }
}
