using System.Collections.Concurrent;
using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Tests.Fakes;

/// <summary>
/// A channel without a platform: each delivery takes the next scripted outcome (null = success), and the
/// connection stays up until <see cref="DropConnection"/>.
/// </summary>
public sealed class ScriptedChannel(ChannelContext context) : ChannelBase("scripted", "scripted:", 10, context)
{
    private TaskCompletionSource _drop = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<Exception?> Outcomes { get; } = new();

    public ConcurrentQueue<string> Delivered { get; } = new();

    public int Attempts;

    public int Opens;

    public Exception? TypingFailure { get; set; }

    /// <summary>Makes connection attempts wait forever, as a platform that never answers the handshake.</summary>
    public bool HangOnOpen { get; set; }

    public override bool SupportsTyping => true;

    public void DropConnection() => _drop.TrySetResult();

    protected override Task OpenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Opens);
        _drop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return HangOnOpen ? Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken) : Task.CompletedTask;
    }

    protected override Task RunAsync(CancellationToken cancellationToken) => _drop.Task.WaitAsync(cancellationToken);

    protected override Task DeliverAsync(string platformChatId, string text, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Attempts);
        if (Outcomes.TryDequeue(out var outcome) && outcome is not null)
        {
            throw outcome;
        }

        Delivered.Enqueue($"{platformChatId}:{text}");
        return Task.CompletedTask;
    }

    protected override Task TypingAsync(string platformChatId, bool isTyping, CancellationToken cancellationToken) =>
        TypingFailure is null ? Task.CompletedTask : throw TypingFailure;
}
