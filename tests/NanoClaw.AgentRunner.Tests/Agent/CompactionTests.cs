using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using NanoClaw.AgentRunner.Agent;
using NanoClaw.AgentRunner.Conversation;
using NanoClaw.AgentRunner.Models;
using NanoClaw.AgentRunner.Tests.Models;
using NanoClaw.AgentRunner.Tools;

namespace NanoClaw.AgentRunner.Tests.Agent;

/// <summary>The builtin engine's compaction, against the Anthropic provider and a fake Messages API on 127.0.0.1.</summary>
public sealed class CompactionTests : IDisposable
{
    private const string SessionId = "s1";

    // Window 4000, compact at 80 %, 100 output tokens: requests may carry 3200 tokens.
    private readonly ContextBudget _budget = new(4000, 0.8, 100);
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task RunTurnAsync_PastTheLimit_SummarizesOlderTurnsArchivesThemAndKeepsAnswering()
    {
        await using var server = await FakeModelServer.StartAsync(
            AnthropicSse.TextWithUsage(400, 10, "answer 1"),
            AnthropicSse.TextWithUsage(1200, 10, "answer 2"),
            AnthropicSse.TextWithUsage(2000, 10, "answer 3"),
            AnthropicSse.TextWithUsage(2800, 10, "answer 4"),
            AnthropicSse.TextWithUsage(900, 40, "The user sent four long notes about turns one to four."),
            AnthropicSse.TextWithUsage(500, 10, "answer 5"));
        using var http = new HttpClient();
        var loop = Loop(http, server);
        var conversation = new List<ConversationMessage>();

        var answers = new List<string>();
        for (var turn = 1; turn <= 5; turn++)
        {
            answers.Add(await loop.RunTurnAsync(conversation, LongNote(turn), CancellationToken.None));
        }

        Assert.Equal(["answer 1", "answer 2", "answer 3", "answer 4", "answer 5"], answers);
        var requests = server.Received.Select(r => JsonDocument.Parse(r.Body)).ToList();
        Assert.Equal(6, requests.Count);
        var summaryRequest = requests[4].RootElement;
        Assert.StartsWith(Summarizer.Instructions, summaryRequest.GetProperty("system").GetString(), StringComparison.Ordinal);
        Assert.False(summaryRequest.TryGetProperty("tools", out _));
        Assert.Contains("note 1 marker", summaryRequest.GetProperty("messages")[0].GetRawText(), StringComparison.Ordinal);
        var continued = requests[5].RootElement.GetProperty("messages");
        Assert.StartsWith(Compactor.SummaryHeading, continued[0].GetProperty("content")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("four long notes", continued[0].GetRawText(), StringComparison.Ordinal);
        Assert.Contains("note 5 marker", continued[continued.GetArrayLength() - 1].GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("note 1 marker", requests[5].RootElement.GetRawText(), StringComparison.Ordinal);
        var archived = await File.ReadAllTextAsync(ArchivePath());
        for (var turn = 1; turn <= 4; turn++)
        {
            Assert.Contains(LongNote(turn), archived, StringComparison.Ordinal);
            Assert.Contains($"**Assistant:** answer {turn}", archived, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("note 5 marker", archived, StringComparison.Ordinal);
        requests.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task RunTurnAsync_CompactingTwice_AppendsToTheArchiveAndCarriesTheSummaryForward()
    {
        await using var server = await FakeModelServer.StartAsync(
            AnthropicSse.TextWithUsage(3300, 10, "answer 1"),
            AnthropicSse.TextWithUsage(300, 40, "first summary"),
            AnthropicSse.TextWithUsage(3300, 10, "answer 2"),
            AnthropicSse.TextWithUsage(300, 40, "second summary"),
            AnthropicSse.TextWithUsage(500, 10, "answer 3"));
        using var http = new HttpClient();
        var loop = Loop(http, server);
        var conversation = new List<ConversationMessage>();

        for (var turn = 1; turn <= 3; turn++)
        {
            await loop.RunTurnAsync(conversation, LongNote(turn), CancellationToken.None);
        }

        Assert.Equal(5, server.Received.Count);
        Assert.Contains("first summary", server.Received[3].Body, StringComparison.Ordinal);
        Assert.StartsWith(Compactor.SummaryHeading, conversation[0].Text, StringComparison.Ordinal);
        Assert.Contains("second summary", conversation[0].Text, StringComparison.Ordinal);
        var archived = await File.ReadAllTextAsync(ArchivePath());
        Assert.Equal(2, archived.Split("## Compacted").Length - 1);
        Assert.Contains(LongNote(1), archived, StringComparison.Ordinal);
        Assert.Contains(LongNote(2), archived, StringComparison.Ordinal);
        Assert.DoesNotContain(Compactor.SummaryHeading, archived, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTurnAsync_ProviderSaysTooLong_CompactsHarderAndRetriesOnce()
    {
        await using var server = await FakeModelServer.StartAsync(
            AnthropicSse.TooLong(),
            AnthropicSse.TextWithUsage(300, 40, "a summary"),
            AnthropicSse.TextWithUsage(400, 10, "answer after compacting"));
        using var http = new HttpClient();
        var conversation = History(3);

        var answer = await Loop(http, server).RunTurnAsync(conversation, "the new question", CancellationToken.None);

        Assert.Equal("answer after compacting", answer);
        Assert.Equal(3, server.Received.Count);
        Assert.Contains("a summary", server.Received[2].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("note 1 marker", server.Received[2].Body, StringComparison.Ordinal);
        var archived = await File.ReadAllTextAsync(ArchivePath());
        Assert.Contains("the model refused the request as too long", archived, StringComparison.Ordinal);
        Assert.Contains(LongNote(3), archived, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTurnAsync_StillTooLongAfterCompacting_ArchivesTheSessionClearsItAndTellsTheUser()
    {
        await using var server = await FakeModelServer.StartAsync(
            AnthropicSse.TooLong(),
            AnthropicSse.TextWithUsage(300, 40, "a summary"),
            AnthropicSse.TooLong(),
            AnthropicSse.TextWithUsage(10, 10, "never asked"));
        using var http = new HttpClient();
        var conversation = History(2);

        var answer = await Loop(http, server).RunTurnAsync(conversation, "the new question", CancellationToken.None);

        Assert.Contains("grew too long for the model", answer, StringComparison.Ordinal);
        Assert.Contains($"conversations/2026-12-03-{SessionId}.md", answer, StringComparison.Ordinal);
        Assert.Equal(3, server.Received.Count);
        Assert.Empty(conversation);
        var archived = await File.ReadAllTextAsync(ArchivePath());
        Assert.Contains(LongNote(1), archived, StringComparison.Ordinal);
        Assert.Contains("the new question", archived, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTurnAsync_FirstMessageAloneTooLong_TellsTheUserWithoutRetrying()
    {
        await using var server = await FakeModelServer.StartAsync(AnthropicSse.TooLong(), AnthropicSse.TextWithUsage(10, 10, "never asked"));
        using var http = new HttpClient();
        var conversation = new List<ConversationMessage>();

        var answer = await Loop(http, server).RunTurnAsync(conversation, "an enormous paste", CancellationToken.None);

        Assert.Contains("send a shorter version", answer, StringComparison.Ordinal);
        Assert.Single(server.Received);
        Assert.Contains("an enormous paste", await File.ReadAllTextAsync(ArchivePath()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTurnAsync_UpstreamFailsAfterCompacting_KeepsTheCompactionAndDropsOnlyTheTurn()
    {
        await using var server = await FakeModelServer.StartAsync(
            AnthropicSse.TooLong(),
            AnthropicSse.TextWithUsage(300, 40, "a summary"),
            ScriptedResponse.Error(529, """{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"""));
        using var http = new HttpClient();
        var conversation = History(2);

        var ex = await Assert.ThrowsAsync<ModelCallException>(() => Loop(http, server).RunTurnAsync(conversation, "the new question", CancellationToken.None));

        Assert.True(ex.Retryable);
        Assert.Equal(2, conversation.Count);
        Assert.Contains("a summary", conversation[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(conversation, m => m.Text.Contains("the new question", StringComparison.Ordinal));
    }

    private AgentLoop Loop(HttpClient http, FakeModelServer server)
    {
        var provider = new AnthropicProvider(http, server.BaseUrl, "run-token", maxRetries: 0);
        var template = new ModelRequestTemplate("claude-test", 100, "You are a test.");
        var archive = new TranscriptArchive(_temp.Path, TimeZoneInfo.Utc, _time);
        var compactor = new Compactor(new Summarizer(provider, template), archive, _budget, SessionId);
        return new AgentLoop(provider, new ToolCatalog([]), template, compactor);
    }

    private string ArchivePath() => Path.Combine(_temp.Path, TranscriptArchive.FolderName, $"2026-12-03-{SessionId}.md");

    /// <summary>About 400 estimated tokens, with a marker to find it by.</summary>
    private static string LongNote(int turn) => $"note {turn} marker: " + string.Join(' ', Enumerable.Repeat($"word{turn}", 200));

    private static List<ConversationMessage> History(int turns) =>
    [
        .. Enumerable.Range(1, turns).SelectMany(turn => new[]
        {
            ConversationMessage.UserText(LongNote(turn)),
            new ConversationMessage(ConversationMessage.Assistant, [ContentBlock.FromText($"answer {turn}")]),
        }),
    ];
}
