using NanoClaw.AgentRunner.Tools;

namespace NanoClaw.AgentRunner.Tests.Tools;

public sealed class BashToolTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly BashTool _bash;
    private readonly string _group;

    public BashToolTests()
    {
        _group = _temp.Sub("group");
        _bash = new BashTool(new Workspace(_group, []), TimeProvider.System);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task InvokeAsync_Command_RunsInGroupFolderAndReportsExitCode()
    {
        var outcome = await _bash.InvokeAsync(Json.Of(new { command = "pwd; echo made > made.txt" }), CancellationToken.None);

        Assert.False(outcome.IsError);
        Assert.StartsWith("exit code: 0\n", outcome.Content, StringComparison.Ordinal);
        Assert.Contains(_group, outcome.Content, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_group, "made.txt")));
    }

    [Fact]
    public async Task InvokeAsync_FailingCommand_IsErrorWithExitCodeAndStderr()
    {
        var outcome = await _bash.InvokeAsync(Json.Of(new { command = "echo oops >&2; exit 3" }), CancellationToken.None);

        Assert.True(outcome.IsError);
        Assert.Contains("exit code: 3", outcome.Content, StringComparison.Ordinal);
        Assert.Contains("oops", outcome.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_HugeOutput_IsCapped()
    {
        var outcome = await _bash.InvokeAsync(Json.Of(new { command = "head -c 200000 /dev/zero | tr '\\0' 'a'" }), CancellationToken.None);

        Assert.True(outcome.Content.Length < ToolLimits.MaxOutputChars + 200);
        Assert.Contains("[output truncated: 170000 more characters]", outcome.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_CommandPastTimeout_IsKilledAndReported()
    {
        var outcome = await _bash.InvokeAsync(Json.Of(new { command = "echo started; sleep 30", timeout_seconds = 1 }), CancellationToken.None);

        Assert.True(outcome.IsError);
        Assert.Contains("Timed out after 1 s", outcome.Content, StringComparison.Ordinal);
        Assert.Contains("started", outcome.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_MissingCommand_IsError()
    {
        var outcome = await _bash.InvokeAsync(Json.Parse("{}"), CancellationToken.None);

        Assert.True(outcome.IsError);
    }
}
