using NanoClaw.Actors.Supervision;

namespace NanoClaw.Actors.Pattern;

/// <summary>The backoff delay and how child exceptions are decided.</summary>
public sealed partial class BackoffSupervisor
{
    /// <summary>
    /// Akka's formula: min(<paramref name="maxBackoff"/>, <paramref name="minBackoff"/>·2^<paramref name="restartCount"/>)
    /// · (1 + <paramref name="random"/>·<paramref name="randomFactor"/>). The jitter comes after the cap,
    /// so a delay may exceed the maximum by up to the random factor; an overflow yields the maximum.
    /// </summary>
    /// <param name="restartCount">Restarts so far: 0 before the first.</param>
    /// <param name="minBackoff">The first delay.</param>
    /// <param name="maxBackoff">The cap before jitter.</param>
    /// <param name="randomFactor">The jitter fraction, 0 to 1.</param>
    /// <param name="random">A value in [0, 1).</param>
    public static TimeSpan CalculateDelay(int restartCount, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, double random)
    {
        var capped = Math.Min(maxBackoff.Ticks, minBackoff.Ticks * Math.Pow(2, restartCount));
        var ticks = capped * (1.0 + (random * randomFactor));
        return double.IsNaN(ticks) || ticks < 0 || ticks >= TimeSpan.MaxValue.Ticks
            ? maxBackoff
            : TimeSpan.FromTicks((long)ticks);
    }

    protected override SupervisorStrategy SupervisorStrategy()
    {
        var strategy = _options.Strategy;
        if (_options.Mode == BackoffMode.OnStop)
        {
            return strategy;
        }

        // OnFailure: a Restart becomes stop-now, recreate-after-the-delay (on the child's Terminated).
        return new OneForOneStrategy(
            strategy.MaxNrOfRetries,
            strategy.WithinTimeRange,
            cause =>
            {
                var directive = strategy.Decider(cause);
                if (directive != Directive.Restart)
                {
                    return directive;
                }

                if (_child is not null)
                {
                    _stoppingChild = _child;
                    _child = null;
                }

                return Directive.Stop;
            },
            strategy.LoggingEnabled);
    }
}
