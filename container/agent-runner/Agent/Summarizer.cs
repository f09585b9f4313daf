using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Agent;

/// <summary>
/// Summarizes the older part of a conversation with the run's own model. A transcript larger than
/// one request may carry is read in pieces, each summary carried into the next; a piece the
/// provider still refuses as too long is halved and tried again, down to a floor, and only then
/// does the refusal reach the caller.
/// </summary>
public sealed class Summarizer(IModelProvider provider, ModelRequestTemplate template)
{
    /// <summary>The summary request's system prompt; the mock provider recognises it by this start.</summary>
    public const string Instructions = "You maintain the running summary of a chat between a user and an AI assistant.";

    private const string Task =
        Instructions + " Write a summary the assistant can continue the conversation from: who the people are, what was "
        + "asked and decided, facts, names, numbers, dates and preferences worth keeping, files touched, and what is still "
        + "open. Keep it under 800 words, plain text, no preamble.";

    private const int SummaryMaxTokens = 2048;
    private const int MinPieceChars = 2_000;

    /// <summary>Returns the summary of <paramref name="messages"/>; <paramref name="pieceTokens"/> bounds each request.</summary>
    public async Task<string> SummarizeAsync(IReadOnlyList<ConversationMessage> messages, long pieceTokens, CancellationToken cancellationToken)
    {
        var transcript = TranscriptMarkdown.Render(messages, toolResultLimit: 1000);
        var pieceChars = (int)Math.Clamp(pieceTokens * 3, MinPieceChars, int.MaxValue / 2);
        var summary = string.Empty;
        var start = 0;
        while (start < transcript.Length)
        {
            var length = Math.Min(pieceChars, transcript.Length - start);
            try
            {
                summary = await SummarizePieceAsync(summary, transcript.Substring(start, length), cancellationToken).ConfigureAwait(false);
                start += length;
            }
            catch (ModelCallException ex) when (ex.TooLong && pieceChars > MinPieceChars)
            {
                pieceChars = Math.Max(MinPieceChars, pieceChars / 2);
            }
        }

        return summary;
    }

    private async Task<string> SummarizePieceAsync(string summarySoFar, string piece, CancellationToken cancellationToken)
    {
        var prompt = summarySoFar.Length == 0
            ? $"Summarize this conversation:\n\n{piece}"
            : $"The summary so far:\n\n{summarySoFar}\n\nThe conversation continued as follows. Write the updated summary of all of it:\n\n{piece}";
        var request = new ModelRequest(
            template.Model, Math.Min(template.MaxTokens, SummaryMaxTokens), Task, [ConversationMessage.UserText(prompt)], []);
        var reply = await provider.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
        return reply.Message.Text.Trim();
    }
}
