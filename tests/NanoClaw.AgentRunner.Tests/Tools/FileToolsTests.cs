using NanoClaw.AgentRunner.Tools;

namespace NanoClaw.AgentRunner.Tests.Tools;

public sealed class FileToolsTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _group;
    private readonly Workspace _workspace;

    public FileToolsTests()
    {
        _group = _temp.Sub("group");
        _workspace = new Workspace(_group, []);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task WriteThenRead_RoundTripsAndCreatesFolders()
    {
        var write = await new WriteFileTool(_workspace).InvokeAsync(Json.Of(new { path = "a/b/c.txt", content = "one\ntwo\nthree" }), CancellationToken.None);
        var read = await new ReadFileTool(_workspace).InvokeAsync(Json.Of(new { path = "a/b/c.txt", offset = 2, limit = 1 }), CancellationToken.None);

        Assert.False(write.IsError, write.Content);
        Assert.Equal(ToolOutcome.Ok("two"), read);
    }

    [Theory]
    [InlineData("read_file")]
    [InlineData("write_file")]
    [InlineData("edit_file")]
    [InlineData("glob")]
    [InlineData("grep")]
    public async Task InvokeAsync_PathEscapingWorkspace_IsRefused(string tool)
    {
        File.WriteAllText(Path.Combine(_temp.Path, "outside.txt"), "secret");
        var input = Json.Of(new { path = "../outside.txt", content = "x", old_string = "secret", new_string = "y", pattern = "s.*" });

        var outcome = await Create(tool).InvokeAsync(input, CancellationToken.None);

        Assert.True(outcome.IsError);
        Assert.Contains("outside the workspace", outcome.Content, StringComparison.Ordinal);
        Assert.Equal("secret", File.ReadAllText(Path.Combine(_temp.Path, "outside.txt")));
    }

    [Fact]
    public async Task ReadFile_LongFile_IsCapped()
    {
        File.WriteAllText(Path.Combine(_group, "big.txt"), new string('x', ToolLimits.MaxOutputChars * 2));

        var outcome = await new ReadFileTool(_workspace).InvokeAsync(Json.Of(new { path = "big.txt" }), CancellationToken.None);

        Assert.Contains("[output truncated", outcome.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditFile_UniqueMatch_IsReplaced()
    {
        File.WriteAllText(Path.Combine(_group, "f.txt"), "alpha beta gamma");

        var outcome = await new EditFileTool(_workspace).InvokeAsync(Json.Of(new { path = "f.txt", old_string = "beta", new_string = "BETA" }), CancellationToken.None);

        Assert.False(outcome.IsError, outcome.Content);
        Assert.Equal("alpha BETA gamma", File.ReadAllText(Path.Combine(_group, "f.txt")));
    }

    [Theory]
    [InlineData("a", "more than once")]
    [InlineData("zeta", "not found")]
    public async Task EditFile_AmbiguousOrMissingMatch_FailsAndLeavesFile(string oldString, string expected)
    {
        File.WriteAllText(Path.Combine(_group, "f.txt"), "alpha beta");

        var outcome = await new EditFileTool(_workspace).InvokeAsync(Json.Of(new { path = "f.txt", old_string = oldString, new_string = "X" }), CancellationToken.None);

        Assert.True(outcome.IsError);
        Assert.Contains(expected, outcome.Content, StringComparison.Ordinal);
        Assert.Equal("alpha beta", File.ReadAllText(Path.Combine(_group, "f.txt")));
    }

    [Fact]
    public async Task Glob_Pattern_ListsMatchingFilesRelativeToGroup()
    {
        Directory.CreateDirectory(Path.Combine(_group, "notes", "old"));
        File.WriteAllText(Path.Combine(_group, "notes", "a.md"), string.Empty);
        File.WriteAllText(Path.Combine(_group, "notes", "old", "b.md"), string.Empty);
        File.WriteAllText(Path.Combine(_group, "c.txt"), string.Empty);

        var all = await new GlobTool(_workspace).InvokeAsync(Json.Of(new { pattern = "**/*.md" }), CancellationToken.None);
        var top = await new GlobTool(_workspace).InvokeAsync(Json.Of(new { pattern = "notes/*.md" }), CancellationToken.None);

        Assert.Equal("notes/a.md\nnotes/old/b.md", all.Content);
        Assert.Equal("notes/a.md", top.Content);
    }

    [Fact]
    public async Task Grep_Pattern_ListsPathLineAndText()
    {
        File.WriteAllText(Path.Combine(_group, "a.md"), "first\nTODO buy milk\nlast");
        File.WriteAllText(Path.Combine(_group, "b.txt"), "TODO not markdown");

        var outcome = await new GrepTool(_workspace).InvokeAsync(Json.Of(new { pattern = "TODO", glob = "*.md" }), CancellationToken.None);

        Assert.Equal("a.md:2: TODO buy milk\n", outcome.Content);
    }

    [Fact]
    public async Task Grep_InvalidRegex_IsError()
    {
        var outcome = await new GrepTool(_workspace).InvokeAsync(Json.Of(new { pattern = "(" }), CancellationToken.None);

        Assert.True(outcome.IsError);
    }

    private IAgentTool Create(string name) => name switch
    {
        "read_file" => new ReadFileTool(_workspace),
        "write_file" => new WriteFileTool(_workspace),
        "edit_file" => new EditFileTool(_workspace),
        "glob" => new GlobTool(_workspace),
        _ => new GrepTool(_workspace),
    };
}
