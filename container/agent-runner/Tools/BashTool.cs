using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Tools;

/// <summary>
/// Runs a shell command in the group folder. Output (stdout and stderr interleaved as they come)
/// is capped, the exit code reported, and a command past its timeout is killed with its children.
/// </summary>
public sealed class BashTool : IAgentTool
{
    /// <summary>The default timeout is 2 minutes; the model may ask for up to 10.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(10);

    private readonly Workspace _workspace;
    private readonly TimeProvider _time;

    public BashTool(Workspace workspace, TimeProvider time)
    {
        _workspace = workspace;
        _time = time;
    }

    public ToolDefinition Definition { get; } = new(
        "bash",
        "Run a bash command in the group folder. Returns the exit code and the combined output (capped).",
        ToolInput.Schema("""
            {"type":"object","properties":{
              "command":{"type":"string","description":"The command line to run with bash -c."},
              "timeout_seconds":{"type":"integer","description":"Kill the command after this many seconds (default 120, max 600)."}
            },"required":["command"]}
            """));

    public async Task<ToolOutcome> InvokeAsync(JsonElement input, CancellationToken cancellationToken)
    {
        var command = ToolInput.String(input, "command");
        if (string.IsNullOrWhiteSpace(command))
        {
            return ToolOutcome.Fail("bash needs a 'command'.");
        }

        var seconds = ToolInput.Int(input, "timeout_seconds");
        var timeout = seconds is > 0 ? TimeSpan.FromSeconds(Math.Min(seconds.Value, MaxTimeout.TotalSeconds)) : DefaultTimeout;
        return await RunAsync(command, timeout, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ToolOutcome> RunAsync(string command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(File.Exists("/bin/bash") ? "/bin/bash" : "/bin/sh")
        {
            WorkingDirectory = _workspace.GroupDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        process.StandardInput.Close();
        var output = new CappedBuffer(ToolLimits.MaxOutputChars);
        var stdout = PumpAsync(process.StandardOutput, output);
        var stderr = PumpAsync(process.StandardError, output);
        using var deadline = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
            return ToolOutcome.Fail(string.Create(CultureInfo.InvariantCulture, $"Timed out after {timeout.TotalSeconds:0} s and was killed.\n{output}"));
        }

        await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
        var text = string.Create(CultureInfo.InvariantCulture, $"exit code: {process.ExitCode}\n{output}");
        return process.ExitCode == 0 ? ToolOutcome.Ok(text) : ToolOutcome.Fail(text);
    }

    private static async Task PumpAsync(StreamReader reader, CappedBuffer output)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            output.Append(buffer.AsSpan(0, read));
        }
    }

    /// <summary>Keeps the first characters up to the cap and counts the rest, so a chatty command cannot exhaust memory.</summary>
    private sealed class CappedBuffer(int max)
    {
        private readonly StringBuilder _text = new();
        private readonly Lock _gate = new();
        private long _dropped;

        public void Append(ReadOnlySpan<char> chunk)
        {
            lock (_gate)
            {
                var room = Math.Max(0, max - _text.Length);
                _text.Append(chunk[..Math.Min(room, chunk.Length)]);
                _dropped += Math.Max(0, chunk.Length - room);
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return _dropped == 0
                    ? _text.ToString()
                    : string.Create(CultureInfo.InvariantCulture, $"{_text}\n[output truncated: {_dropped} more characters]");
            }
        }
    }
}
