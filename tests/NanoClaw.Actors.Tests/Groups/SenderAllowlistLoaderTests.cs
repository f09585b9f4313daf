using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Groups;
using NanoClaw.Host.Tests.Configuration;

namespace NanoClaw.Actors.Tests.Groups;

public sealed class SenderAllowlistLoaderTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ListLogger<SenderAllowlistLoader> _logger = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task LoadAsync_MissingFile_AllowsAllWithoutWarning()
    {
        var loader = new SenderAllowlistLoader(_logger, Path.Combine(_directory.Path, "none", "sender-allowlist.json"));

        var allowlist = await loader.LoadAsync();

        Assert.Same(SenderAllowlist.AllowAll, allowlist);
        Assert.Empty(_logger.Entries);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("[]", "JSON object")]
    [InlineData("{}", "\"default\" is missing")]
    [InlineData("{\"default\": \"*\"}", "an entry must be an object")]
    [InlineData("{\"default\": {\"allow\": \"*\"}}", "\"mode\"")]
    [InlineData("{\"default\": {\"allow\": \"*\", \"mode\": \"block\"}}", "\"mode\"")]
    [InlineData("{\"default\": {\"allow\": \"alice\", \"mode\": \"trigger\"}}", "\"allow\"")]
    [InlineData("{\"default\": {\"allow\": [\"alice\", 42], \"mode\": \"trigger\"}}", "\"allow\"")]
    [InlineData("{\"default\": {\"mode\": \"drop\"}}", "\"allow\"")]
    [InlineData("{\"default\": {\"allow\": \"*\", \"mode\": \"drop\"}, \"chats\": []}", "\"chats\"")]
    public async Task LoadAsync_InvalidFile_AllowsAllAndWarnsWithFileAndProblem(string json, string problem)
    {
        var path = _directory.Write("sender-allowlist.json", json);

        var allowlist = await new SenderAllowlistLoader(_logger, path).LoadAsync();

        Assert.Same(SenderAllowlist.AllowAll, allowlist);
        var (level, text) = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains(path, text, StringComparison.Ordinal);
        Assert.Contains(problem, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_StarWithLogDeniedFalse_AllowsAnyoneAndKeepsTheFlag()
    {
        var allowlist = await Load("{\"default\": {\"allow\": \"*\", \"mode\": \"trigger\"}, \"logDenied\": false}");

        Assert.True(allowlist.IsSenderAllowed(Messages.Chat, "anyone"));
        Assert.False(allowlist.LogDenied);
        Assert.Empty(_logger.Entries);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(", \"logDenied\": true", true)]
    [InlineData(", \"logDenied\": \"no\"", true)]
    [InlineData(", \"logDenied\": false", false)]
    public async Task LoadAsync_LogDenied_IsTrueUnlessExactlyFalse(string property, bool expected)
    {
        var allowlist = await Load("{\"default\": {\"allow\": \"*\", \"mode\": \"trigger\"}" + property + "}");

        Assert.Equal(expected, allowlist.LogDenied);
    }

    [Fact]
    public async Task LoadAsync_EmptyAllowList_DeniesEveryone()
    {
        var allowlist = await Load("{\"default\": {\"allow\": [], \"mode\": \"trigger\"}}");

        Assert.False(allowlist.IsSenderAllowed(Messages.Chat, "alice"));
    }

    [Fact]
    public async Task LoadAsync_ListInDropMode_AllowsListedAndDropsOthers()
    {
        var allowlist = await Load("{\"default\": {\"allow\": [\"alice\", \"bob\"], \"mode\": \"drop\"}}");

        Assert.True(allowlist.IsSenderAllowed(Messages.Chat, "bob"));
        Assert.Equal(SenderAllowlistMode.Drop, allowlist.Default.Mode);
        Assert.False(allowlist.ShouldStore(Messages.From("carol", "hi")));
    }

    [Fact]
    public async Task LoadAsync_ChatEntries_ValidKeptInvalidSkippedWithWarning()
    {
        var allowlist = await Load("""
            {
              "default": { "allow": "*", "mode": "trigger" },
              "chats": {
                "telegram:-100123": { "allow": ["alice"], "mode": "drop" },
                "whatsapp:bad@g.us": { "allow": [1, 2], "mode": "trigger" },
                "slack:C1": { "allow": "*" }
              }
            }
            """);

        Assert.Equal(SenderAllowlistMode.Drop, allowlist.EntryFor("telegram:-100123").Mode);
        Assert.False(allowlist.IsSenderAllowed("telegram:-100123", "bob"));
        Assert.Equal(["telegram:-100123"], allowlist.Chats.Keys);
        Assert.True(allowlist.IsSenderAllowed("whatsapp:bad@g.us", "bob"));
        Assert.Equal(2, _logger.Entries.Count);
        Assert.All(_logger.Entries, entry => Assert.Equal(LogLevel.Warning, entry.Level));
        Assert.Contains(_logger.Entries, entry => entry.Text.Contains("whatsapp:bad@g.us", StringComparison.Ordinal));
        Assert.Contains(_logger.Entries, entry => entry.Text.Contains("slack:C1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_FileEditedBetweenCalls_ReadsTheNewContent()
    {
        var path = _directory.Write("sender-allowlist.json", "{\"default\": {\"allow\": [], \"mode\": \"trigger\"}}");
        var loader = new SenderAllowlistLoader(_logger, path);
        var before = await loader.LoadAsync();
        _directory.Write("sender-allowlist.json", "{\"default\": {\"allow\": \"*\", \"mode\": \"trigger\"}}");

        var after = await loader.LoadAsync();

        Assert.False(before.IsSenderAllowed(Messages.Chat, "alice"));
        Assert.True(after.IsSenderAllowed(Messages.Chat, "alice"));
    }

    [Fact]
    public void Path_Default_IsUnderTheHomeConfigFolder()
    {
        var loader = new SenderAllowlistLoader(_logger);

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal(Path.Combine(home, ".config/nanoclaw/sender-allowlist.json"), loader.Path);
    }

    private Task<SenderAllowlist> Load(string json) =>
        new SenderAllowlistLoader(_logger, _directory.Write("sender-allowlist.json", json)).LoadAsync();
}
