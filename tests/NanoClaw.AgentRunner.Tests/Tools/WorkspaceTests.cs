using NanoClaw.AgentRunner.Tools;

namespace NanoClaw.AgentRunner.Tests.Tools;

public sealed class WorkspaceTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("notes/../../outside.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    public void TryResolve_PathOutsideTheWorkspace_IsRefused(string path)
    {
        var workspace = new Workspace(_temp.Sub("group"), []);

        Assert.False(workspace.TryResolve(path, out _, out var error));
        Assert.NotEmpty(error);
    }

    [Fact]
    public void TryResolve_SymlinkPointingOutside_IsRefused()
    {
        var group = _temp.Sub("group");
        var secret = _temp.Sub("secret");
        File.WriteAllText(Path.Combine(secret, "key"), "x");
        Directory.CreateSymbolicLink(Path.Combine(group, "link"), secret);
        var workspace = new Workspace(group, []);

        Assert.False(workspace.TryResolve("link/key", out _, out _));
    }

    [Fact]
    public void TryResolve_SiblingWithSamePrefix_IsRefused()
    {
        var group = _temp.Sub("group");
        _temp.Sub("group-other");
        var workspace = new Workspace(group, []);

        Assert.False(workspace.TryResolve("../group-other/x", out _, out _));
    }

    [Theory]
    [InlineData("notes/today.md")]
    [InlineData("./a.txt")]
    public void TryResolve_PathInGroupFolder_ResolvesUnderIt(string path)
    {
        var group = _temp.Sub("group");
        var workspace = new Workspace(group, []);

        Assert.True(workspace.TryResolve(path, out var full, out _));
        Assert.StartsWith(group + "/", full, StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolve_OtherMountedRoot_IsAllowed()
    {
        var global = _temp.Sub("global");
        var workspace = new Workspace(_temp.Sub("group"), [global]);

        Assert.True(workspace.TryResolve(Path.Combine(global, "CLAUDE.md"), out _, out _));
    }
}
