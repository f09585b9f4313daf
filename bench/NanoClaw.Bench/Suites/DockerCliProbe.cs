using System.Diagnostics;

namespace NanoClaw.Bench.Suites;

/// <summary>The baseline: wall time of <c>docker run --rm --network none &lt;image&gt; echo ready</c>.</summary>
internal static class DockerCliProbe
{
    public static async Task<double> MeasureAsync(string image, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("docker")
        {
            ArgumentList = { "run", "--rm", "--network", "none", "--entrypoint", "/bin/echo", image, "ready" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the docker CLI");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (process.ExitCode != 0 || output.Trim() != "ready")
        {
            throw new InvalidOperationException($"docker run failed ({process.ExitCode}): {errors}");
        }

        return elapsed;
    }
}
