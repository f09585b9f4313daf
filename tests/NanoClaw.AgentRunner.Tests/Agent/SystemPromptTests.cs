using Microsoft.Extensions.Time.Testing;
using NanoClaw.AgentProtocol;
using NanoClaw.AgentRunner.Agent;

namespace NanoClaw.AgentRunner.Tests.Agent;

public sealed class SystemPromptTests : IDisposable
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 1, 15, 8, 30, 0, TimeSpan.Zero));
    private readonly TempDirectory _temp = new();
    private readonly string _group;
    private readonly string _global;

    public SystemPromptTests()
    {
        _group = _temp.Sub("group");
        _global = _temp.Sub("global");
        File.WriteAllText(Path.Combine(_group, "CLAUDE.md"), "Group memory: the dog is called Rex.");
        File.WriteAllText(Path.Combine(_global, "CLAUDE.md"), "Shared: be brief.");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task BuildAsync_NonMainGroup_HasIdentityLocalTimeAndBothMemories()
    {
        var prompt = await SystemPrompt.BuildAsync(Start(isMain: false, "Europe/Berlin"), _group, _global, Clock, CancellationToken.None);

        Assert.Contains("You are Andy", prompt, StringComparison.Ordinal);
        Assert.Contains("2026-01-15 09:30", prompt, StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", prompt, StringComparison.Ordinal);
        Assert.Contains("the dog is called Rex", prompt, StringComparison.Ordinal);
        Assert.Contains("Shared: be brief.", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_MainGroup_LeavesOutGlobalMemory()
    {
        var prompt = await SystemPrompt.BuildAsync(Start(isMain: true, "Europe/Berlin"), _group, _global, Clock, CancellationToken.None);

        Assert.Contains("the dog is called Rex", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("Shared: be brief.", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_UnknownZone_FallsBackToUtc()
    {
        var prompt = await SystemPrompt.BuildAsync(Start(isMain: false, "Mars/Olympus"), _group, _global, Clock, CancellationToken.None);

        Assert.Contains("2026-01-15 08:30", prompt, StringComparison.Ordinal);
    }

    private static StartMessage Start(bool isMain, string zone) =>
        new("hi", null, "family", isMain, false, "Andy", zone, new ModelSettings("mock", "mock", 10), "token");
}
