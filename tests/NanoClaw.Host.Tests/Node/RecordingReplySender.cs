using System.Collections.Concurrent;
using System.Threading.Channels;
using NanoClaw.Actors.Chats;

namespace NanoClaw.Host.Tests.Node;

/// <summary>A platform that records what it accepts; <see cref="Hold"/> keeps sends pending to simulate a slow platform.</summary>
internal sealed class RecordingReplySender : IReplySender
{
    private readonly Channel<(string ChatId, string Text)> _sent = Channel.CreateUnbounded<(string, string)>();

    public ConcurrentQueue<(string ChatId, string Text)> Sent { get; } = new();

    /// <summary>When set, sends wait for it.</summary>
    public TaskCompletionSource? Hold { get; set; }

    /// <summary>When set, sends fail with it.</summary>
    public Exception? Failure { get; set; }

    public async Task SendAsync(string chatId, string text, CancellationToken cancellationToken)
    {
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }

        Sent.Enqueue((chatId, text));
        _sent.Writer.TryWrite((chatId, text));
    }

    public Task SetTypingAsync(string chatId, bool isTyping, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The next accepted reply, waiting at most 10 s.</summary>
    public async Task<(string ChatId, string Text)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            return await _sent.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no reply within 10 s; replies so far: {string.Join(" | ", Sent.Select(s => s.Text))}");
        }
    }

    /// <summary>True when no further reply arrives (checked after the actors have settled).</summary>
    public bool HasPending => _sent.Reader.Count > 0;
}
