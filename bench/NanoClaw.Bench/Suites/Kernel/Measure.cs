using System.Diagnostics;

namespace NanoClaw.Bench.Suites.Kernel;

/// <summary>
/// Runs a timed body a few times after a warm-up and keeps the median run, which a noisy shared
/// machine disturbs least. The process CPU time of that run is kept too: on a machine whose cores
/// are busy with other work, CPU time per operation is the steadier view of the cost.
/// </summary>
internal static class Measure
{
    public static async Task<Sample> MedianAsync(int runs, Func<Task> body, CancellationToken cancellationToken)
    {
        await body();
        var samples = new List<Sample>(runs);
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var start = Stopwatch.GetTimestamp();
            await body();
            var wall = Stopwatch.GetElapsedTime(start);
            process.Refresh();
            samples.Add(new Sample(wall, process.TotalProcessorTime - cpuBefore));
        }

        samples.Sort((a, b) => a.Wall.CompareTo(b.Wall));
        return samples[runs / 2];
    }

    /// <summary>One run: elapsed wall-clock time and the CPU time the whole process used meanwhile.</summary>
    internal readonly record struct Sample(TimeSpan Wall, TimeSpan Cpu);
}
