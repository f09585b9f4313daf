using NanoClaw.AgentProtocol;
using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Host;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Agent;

/// <summary>
/// Runs turns of one session and reports them. A failed turn leaves the conversation as it was before
/// it (see <see cref="AgentLoop"/>), so a retry does not see a dangling question; the error goes to the host.
/// </summary>
internal sealed class TurnRunner(HostLink link, AgentLoop loop, SessionStore store, string sessionId, List<ConversationMessage> conversation)
{
    private const int MaxOutputChars = 100_000;

    public async Task RunAsync(string text, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await loop.RunTurnAsync(conversation, text, cancellationToken).ConfigureAwait(false);
            foreach (var part in Split(answer))
            {
                await link.SendAsync(new OutputMessage(part), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ModelCallException ex)
        {
            await link.SendAsync(new ErrorMessage(ex.Message, ex.Retryable), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Anything unforeseen (an SDK parse failure, say) ends the turn with an error, not the run.
            await link.SendAsync(new ErrorMessage($"The agent failed: {ex.GetType().Name}: {ex.Message}", Retryable: false), cancellationToken)
                .ConfigureAwait(false);
        }

        await store.SaveAsync(sessionId, conversation, cancellationToken).ConfigureAwait(false);
        await link.SendAsync(new SessionMessage(sessionId), cancellationToken).ConfigureAwait(false);
        await link.SendAsync(new IdleMessage(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Splits very long answers so every output line stays far below the protocol's 1 MiB cap, even
    /// when each character needs a six-byte JSON escape.
    /// </summary>
    internal static IEnumerable<string> Split(string answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            yield break;
        }

        var start = 0;
        while (start < answer.Length)
        {
            var length = Math.Min(MaxOutputChars, answer.Length - start);
            if (start + length < answer.Length && char.IsHighSurrogate(answer[start + length - 1]))
            {
                length--;
            }

            yield return answer.Substring(start, length);
            start += length;
        }
    }
}
