using System.Globalization;
using System.Text.Json;
using NanoClaw.AgentRunner.Agent;
using NanoClaw.AgentRunner.Conversation;

namespace NanoClaw.AgentRunner.Models;

/// <summary>
/// FOR TESTS ONLY — a deterministic model without network. It answers each user message with
/// <c>Mock reply #n: &lt;text&gt;</c>, where n counts the user messages in the conversation (so a
/// resumed session shows its history), follows a <see cref="MockScript"/> to call tools, and answers
/// a summary request with a one-line stand-in, so compaction works with it too.
/// </summary>
public sealed class MockProvider : IModelProvider
{
    private readonly MockScript _script;

    public MockProvider(MockScript? script) => _script = script ?? new MockScript([]);

    public string Name => "mock";

    /// <summary>Reads a script file; a missing path means "no rules".</summary>
    public static async Task<MockProvider> LoadAsync(string? scriptPath, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(scriptPath))
        {
            return new MockProvider(null);
        }

        var stream = File.OpenRead(scriptPath);
        await using (stream.ConfigureAwait(false))
        {
            var script = await JsonSerializer.DeserializeAsync(stream, RunnerJsonContext.Default.MockScript, cancellationToken).ConfigureAwait(false);
            return new MockProvider(script);
        }
    }

    public Task<ModelReply> CompleteAsync(ModelRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var last = request.Messages[^1];
        var result = last.Content.FirstOrDefault(b => b.Type == ContentBlock.ToolResultType);
        var message = request.Tools.Count == 0 && request.SystemPrompt.StartsWith(Summarizer.Instructions, StringComparison.Ordinal)
            ? Summary(last.Text)
            : result is not null ? AfterTool(result) : Answer(request.Messages, last.Text);
        return Task.FromResult(new ModelReply(message, Usage: null));
    }

    private ConversationMessage AfterTool(ContentBlock result)
    {
        var rule = RuleIndexOf(result.Id) is { } index && index < _script.Rules.Count ? _script.Rules[index] : null;
        var text = rule is null ? $"Mock tool result: {result.Text}" : rule.Then.Replace("{result}", result.Text, StringComparison.Ordinal);
        return Reply(ContentBlock.FromText(text));
    }

    private ConversationMessage Answer(IReadOnlyList<ConversationMessage> messages, string text)
    {
        var userTurns = messages.Count(m => m.Role == ConversationMessage.User && m.Content.Any(b => b.Type == ContentBlock.TextType));
        var index = _script.Rules.FindIndex(r => text.Contains(r.When, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            var rule = _script.Rules[index];
            var id = string.Create(CultureInfo.InvariantCulture, $"mock_{index}_{userTurns}");
            return Reply(ContentBlock.ToolUse(id, rule.Tool, rule.Input.Clone()));
        }

        return Reply(ContentBlock.FromText(string.Create(CultureInfo.InvariantCulture, $"Mock reply #{userTurns}: {text}")));
    }

    /// <summary>A summary request (see <see cref="Summarizer"/>): a short, fixed-size stand-in for a real summary.</summary>
    private static ConversationMessage Summary(string transcript)
    {
        var lines = transcript.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return Reply(ContentBlock.FromText(string.Create(CultureInfo.InvariantCulture, $"Mock summary of {lines.Length} transcript lines.")));
    }

    private static int? RuleIndexOf(string? toolUseId)
    {
        var parts = toolUseId?.Split('_');
        return parts is ["mock", var index, _] && int.TryParse(index, CultureInfo.InvariantCulture, out var i) ? i : null;
    }

    private static ConversationMessage Reply(ContentBlock block) => new(ConversationMessage.Assistant, [block]);
}
