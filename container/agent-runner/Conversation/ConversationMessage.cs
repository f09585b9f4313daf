namespace NanoClaw.AgentRunner.Conversation;

/// <summary>A <c>user</c> or <c>assistant</c> message. Tool results travel in user messages, as in the Anthropic API.</summary>
public sealed record ConversationMessage(string Role, IReadOnlyList<ContentBlock> Content)
{
    public const string User = "user";
    public const string Assistant = "assistant";

    public static ConversationMessage UserText(string text) => new(User, [ContentBlock.FromText(text)]);

    /// <summary>The text blocks joined, without tool traffic.</summary>
    public string Text => string.Concat(Content.Where(b => b.Type == ContentBlock.TextType).Select(b => b.Text));

    public IEnumerable<ContentBlock> ToolUses => Content.Where(b => b.Type == ContentBlock.ToolUseType);
}
