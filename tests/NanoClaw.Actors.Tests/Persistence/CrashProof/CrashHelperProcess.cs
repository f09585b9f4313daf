using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace NanoClaw.Actors.Tests.Persistence.CrashProof;

/// <summary>
/// One run of the NanoClaw.CrashHelper program (built with the tests, started with <c>dotnet</c>):
/// lines go to its stdin, its stdout is read line by line, and it can be killed with SIGKILL.
/// </summary>
public sealed class CrashHelperProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private CrashHelperProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>What the helper wrote to stderr so far, for failure messages.</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static string HelperPath
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("NANOCLAW_CRASH_HELPER")
                ?? typeof(CrashHelperProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                    .Single(a => a.Key == "CrashHelperPath").Value!;
            path = Path.GetFullPath(path);
            return File.Exists(path) ? path : throw new FileNotFoundException($"The crash helper was not built at {path}.", path);
        }
    }

    public static CrashHelperProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HelperPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new CrashHelperProcess(Process.Start(start) ?? throw new InvalidOperationException("The crash helper did not start."));
    }

    public async Task SendAsync(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            await _process.StandardInput.WriteLineAsync(line);
        }

        await _process.StandardInput.FlushAsync();
    }

    /// <summary>The next stdout line; fails when the helper exits or stays silent past the token.</summary>
    public async Task<string> ReadLineAsync(CancellationToken cancellationToken) =>
        await _process.StandardOutput.ReadLineAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The crash helper exited (code {ExitCodeOrNone()}). stderr:\n{Stderr}");

    public async Task ExpectLineAsync(string expected, CancellationToken cancellationToken)
    {
        var line = await ReadLineAsync(cancellationToken);
        if (line != expected)
        {
            throw new InvalidOperationException($"Expected '{expected}' from the crash helper, got '{line}'. stderr:\n{Stderr}");
        }
    }

    /// <summary>Reads <c>state name ids</c> lines until <paramref name="terminator"/> (or the end of output when null).</summary>
    public async Task<Dictionary<string, List<long>>> ReadStateAsync(string? terminator, CancellationToken cancellationToken)
    {
        var state = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        while (true)
        {
            var line = terminator is null
                ? await _process.StandardOutput.ReadLineAsync(cancellationToken)
                : await ReadLineAsync(cancellationToken);
            if (line is null || line == terminator)
            {
                return state;
            }

            if (line.StartsWith("state ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                state[parts[1]] = parts.Length > 2 && parts[2].Length > 0
                    ? [.. parts[2].Split(',').Select(id => long.Parse(id, CultureInfo.InvariantCulture))]
                    : [];
            }
        }
    }

    /// <summary>SIGKILL on Linux: no handler, no flush, no finally block runs in the helper.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private string ExitCodeOrNone() => _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "none yet";
}
