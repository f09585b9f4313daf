using System.Threading.Channels;

namespace NanoClaw.Channels.Tests.Fakes;

/// <summary>
/// A sink that records what arrives. <see cref="Hold"/> keeps the next message's task pending until the
/// test releases it; <see cref="FailNext"/> makes the next message's task fault, as a failed store would.
/// </summary>
public sealed class RecordingInbound : IChannelInbound
{
    private readonly Channel<InboundMessage> _messages = Channel.CreateUnbounded<InboundMessage>();
    private readonly Channel<ChatMetadata> _chats = Channel.CreateUnbounded<ChatMetadata>();
    private TaskCompletionSource? _hold;
    private int _failures;

    public List<InboundMessage> Stored { get; } = [];

    /// <summary>The next message waits until the returned source is completed; the arrival is still recorded.</summary>
    public TaskCompletionSource Hold()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _hold = hold;
        return hold;
    }

    public void FailNext() => Interlocked.Increment(ref _failures);

    public async Task OnMessageAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        _messages.Writer.TryWrite(message);
        if (Interlocked.Exchange(ref _hold, null) is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        if (Interlocked.Decrement(ref _failures) >= 0)
        {
            throw new InvalidOperationException("store failed");
        }

        Interlocked.Exchange(ref _failures, 0);
        lock (Stored)
        {
            Stored.Add(message);
        }
    }

    public Task OnChatMetadataAsync(ChatMetadata metadata, CancellationToken cancellationToken)
    {
        _chats.Writer.TryWrite(metadata);
        return Task.CompletedTask;
    }

    /// <summary>The next message that arrived (stored or not).</summary>
    public Task<InboundMessage> NextMessageAsync() => _messages.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);

    public Task<ChatMetadata> NextChatAsync() => _chats.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);

    public bool HasPendingMessage => _messages.Reader.TryPeek(out _);
}
