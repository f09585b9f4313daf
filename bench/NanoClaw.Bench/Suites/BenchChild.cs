using System.Diagnostics;

namespace NanoClaw.Bench.Suites;

/// <summary>Runs this executable again with a hidden sub-command, so a figure is taken in a fresh process; returns what it printed.</summary>
internal static class BenchChild
{
    public static async Task<string> RunAsync(string command, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var self = Environment.ProcessPath!;
        start.FileName = self;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BenchChild).Assembly.Location);
        }

        start.ArgumentList.Add(command);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = child.StandardError.ReadToEndAsync(cancellationToken);
        await child.WaitForExitAsync(cancellationToken);
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', args)} exited with {child.ExitCode}: {await error}");
        }

        return await output;
    }
}
