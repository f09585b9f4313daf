using System.Diagnostics;

namespace NanoClaw.Bench.Suites.Kernel;

/// <summary>Runs a timed body a few times after a warm-up and keeps the median, which a noisy shared machine disturbs least.</summary>
internal static class Measure
{
    public static async Task<TimeSpan> MedianAsync(int runs, Func<Task> body, CancellationToken cancellationToken)
    {
        await body();
        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var start = Stopwatch.GetTimestamp();
            await body();
            times.Add(Stopwatch.GetElapsedTime(start));
        }

        times.Sort();
        return times[runs / 2];
    }
}
