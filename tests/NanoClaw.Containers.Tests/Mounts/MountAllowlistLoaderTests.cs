using NanoClaw.Containers.Mounts;

namespace NanoClaw.Containers.Tests.Mounts;

public sealed class MountAllowlistLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nanoclaw-allowlist-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<string> WriteAsync(string json)
    {
        var path = Path.Join(_dir, "mount-allowlist.json");
        await File.WriteAllTextAsync(path, json);
        return path;
    }

    [Fact]
    public void DefaultPath_Home_IsUnderDotConfig()
    {
        Assert.Equal("/home/u/.config/nanoclaw/mount-allowlist.json", MountAllowlistLoader.DefaultPath("/home/u"));
    }

    [Fact]
    public async Task LoadAsync_MissingFile_ReturnsNull()
    {
        Assert.Null(await MountAllowlistLoader.LoadAsync(Path.Join(_dir, "absent.json")));
    }

    [Fact]
    public async Task LoadAsync_ValidFile_ReadsRootsAndMergesBlockedPatterns()
    {
        var path = await WriteAsync("""
            {
              // comments are fine
              "allowedRoots": [ { "path": "~/projects", "allowReadWrite": true, "description": "code" } ],
              "blockedPatterns": [ "secret-stuff", ".ssh" ],
              "nonMainReadOnly": false,
            }
            """);

        var allowlist = await MountAllowlistLoader.LoadAsync(path);

        Assert.NotNull(allowlist);
        Assert.Equal(new AllowedRoot("~/projects", true, "code"), Assert.Single(allowlist.AllowedRoots));
        Assert.False(allowlist.NonMainReadOnly);
        Assert.Contains("secret-stuff", allowlist.EffectiveBlockedPatterns);
        Assert.Contains("id_ed25519", allowlist.EffectiveBlockedPatterns);
        Assert.Single(allowlist.EffectiveBlockedPatterns, p => p == ".ssh");
    }

    [Fact]
    public async Task LoadAsync_NonMainReadOnlyMissing_DefaultsToTrue()
    {
        var path = await WriteAsync("""{ "allowedRoots": [], "blockedPatterns": [] }""");

        Assert.True((await MountAllowlistLoader.LoadAsync(path))!.NonMainReadOnly);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{ "allowedRoots": [] }""")]
    [InlineData("""{ "blockedPatterns": [] }""")]
    [InlineData("""{ "allowedRoots": [ { "allowReadWrite": true } ], "blockedPatterns": [] }""")]
    [InlineData("""{ "allowedRoots": "~/x", "blockedPatterns": [] }""")]
    public async Task LoadAsync_MalformedFile_ThrowsNamingTheFile(string json)
    {
        var path = await WriteAsync(json);

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => MountAllowlistLoader.LoadAsync(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }
}
