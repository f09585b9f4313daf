using NanoClaw.AgentRunner.Conversation;

namespace NanoClaw.AgentRunner.Agent;

/// <summary>
/// Keeps a session within the model's window. Compacting summarizes everything before a recent turn
/// boundary, archives what it summarizes, and continues from the summary plus the recent turns (the
/// turn in progress is always kept whole). Compacting harder keeps only the turn in progress and
/// shortens its tool results. When even that does not fit, the session is archived whole and
/// cleared, and the user is told what happened and what to do.
/// </summary>
public sealed class Compactor(Summarizer summarizer, TranscriptArchive archive, ContextBudget budget, string sessionId)
{
    /// <summary>How a summary starts in the conversation, so the next compaction knows it is not new.</summary>
    public const string SummaryHeading = "[Summary of the earlier conversation]";

    public const string SummaryAcknowledgement = "Understood. I will continue from that summary.";

    /// <summary>Tool results of the kept turn are cut to this length when compacting harder.</summary>
    public const int HarderToolResultLimit = 1000;

    public ContextBudget Budget => budget;

    /// <summary>
    /// Compacts <paramref name="conversation"/> in place before <paramref name="current"/> (the user
    /// message of the turn in progress). Returns false when there was nothing to compact.
    /// </summary>
    public async Task<bool> CompactAsync(List<ConversationMessage> conversation, ConversationMessage current, bool harder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var turnStart = IndexOf(conversation, current);
        var summaryEnd = HasSummary(conversation) ? 2 : 0;
        var split = harder ? turnStart : KeepFrom(conversation, turnStart, summaryEnd);
        var older = conversation.GetRange(0, split);
        var kept = conversation.GetRange(split, conversation.Count - split);
        if (harder)
        {
            kept = [.. kept.Select(Shorten)];
        }

        var changed = split > summaryEnd || (harder && !kept.SequenceEqual(conversation.Skip(split)));
        if (!changed)
        {
            return false;
        }

        if (split > summaryEnd)
        {
            var summary = await summarizer.SummarizeAsync(older, budget.Limit * 3 / 4, cancellationToken).ConfigureAwait(false);
            await archive.AppendAsync(sessionId, older[summaryEnd..], harder ? "Compacted (the model refused the request as too long)" : "Compacted", cancellationToken)
                .ConfigureAwait(false);
            kept.InsertRange(0, [ConversationMessage.UserText($"{SummaryHeading}\n\n{summary}"), new ConversationMessage(ConversationMessage.Assistant, [ContentBlock.FromText(SummaryAcknowledgement)])]);
        }

        conversation.Clear();
        conversation.AddRange(kept);
        budget.Forget();
        return true;
    }

    /// <summary>Archives what the session holds beyond its summary, empties it, and returns the note for the user.</summary>
    public async Task<string> ResetAsync(List<ConversationMessage> conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var start = HasSummary(conversation) ? 2 : 0;
        var path = await archive.AppendAsync(sessionId, conversation[start..], "Archived whole (too long for the model even after compacting)", cancellationToken)
            .ConfigureAwait(false);
        conversation.Clear();
        budget.Forget();
        return "⚠️ This conversation grew too long for the model, even after summarizing it, so I have started a fresh one. "
            + $"Everything said so far is saved in my folder as {TranscriptArchive.FolderName}/{Path.GetFileName(path)}. "
            + "Please send your last message again; if it was very long (a large paste), send a shorter version or save it as a file in my folder and point me to it.";
    }

    private static int IndexOf(List<ConversationMessage> conversation, ConversationMessage current)
    {
        var index = conversation.FindIndex(m => ReferenceEquals(m, current));
        return index >= 0 ? index : throw new ArgumentException("The turn's message is not in the conversation.", nameof(current));
    }

    private static bool HasSummary(List<ConversationMessage> conversation) =>
        conversation.Count >= 2 && conversation[0].Role == ConversationMessage.User
        && conversation[0].Text.StartsWith(SummaryHeading, StringComparison.Ordinal);

    /// <summary>The earliest turn start whose turns up to the end fit in a quarter of the limit; the current turn at the latest.</summary>
    private int KeepFrom(List<ConversationMessage> conversation, int turnStart, int summaryEnd)
    {
        var keepBudget = budget.Limit / 4;
        var split = turnStart;
        var size = TokenEstimate.Of(conversation.Skip(turnStart));
        for (var i = turnStart - 1; i > summaryEnd; i--)
        {
            size += TokenEstimate.Of(conversation[i]);
            if (size > keepBudget)
            {
                break;
            }

            if (IsTurnStart(conversation[i]))
            {
                split = i;
            }
        }

        return split;
    }

    private static bool IsTurnStart(ConversationMessage message) =>
        message.Role == ConversationMessage.User && message.Content.All(b => b.Type == ContentBlock.TextType);

    private static ConversationMessage Shorten(ConversationMessage message) =>
        message.Content.Any(b => b.Type == ContentBlock.ToolResultType && (b.Text?.Length ?? 0) > HarderToolResultLimit)
            ? message with { Content = [.. message.Content.Select(ShortenBlock)] }
            : message;

    private static ContentBlock ShortenBlock(ContentBlock block) =>
        block.Type == ContentBlock.ToolResultType && block.Text is { Length: > HarderToolResultLimit } text
            ? block with { Text = $"{text[..HarderToolResultLimit]}\n… (shortened to fit the context window; {text.Length - HarderToolResultLimit} characters left out)" }
            : block;
}
