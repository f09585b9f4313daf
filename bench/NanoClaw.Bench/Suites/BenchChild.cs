using System.Diagnostics;
using System.Globalization;

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

    /// <summary>The <c>name=value</c> fields of the one line a child printed starting with <paramref name="tag"/> and a space.</summary>
    public static IReadOnlyDictionary<string, long> Fields(string output, string tag)
    {
        var line = output.Split('\n').Single(l => l.StartsWith(tag + " ", StringComparison.Ordinal));
        return line[(tag.Length + 1)..].Split(' ').Select(f => f.Split('=')).ToDictionary(f => f[0], f => long.Parse(f[1], CultureInfo.InvariantCulture));
    }
}
