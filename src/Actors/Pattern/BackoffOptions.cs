using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Supervision;

namespace NanoClaw.Actors.Pattern;

/// <summary>
/// The recipe of a <see cref="BackoffSupervisor"/>, built with <see cref="OnStop"/> or
/// <see cref="OnFailure"/> and refined with the <c>With…</c> calls, as Akka's <c>BackoffOptions</c>.
/// </summary>
public sealed record BackoffOptions
{
    private BackoffOptions(BackoffMode mode, Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, int maxNrOfRetries)
    {
        ArgumentNullException.ThrowIfNull(childProps);
        ArgumentException.ThrowIfNullOrEmpty(childName);
        if (minBackoff <= TimeSpan.Zero)
        {
            throw new ArgumentException("minBackoff must be positive.", nameof(minBackoff));
        }

        if (maxBackoff < minBackoff)
        {
            throw new ArgumentException("maxBackoff must be at least minBackoff.", nameof(maxBackoff));
        }

        if (randomFactor is < 0 or > 1 || double.IsNaN(randomFactor))
        {
            throw new ArgumentException("randomFactor must be between 0 and 1.", nameof(randomFactor));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxNrOfRetries, -1);
        Mode = mode;
        ChildProps = childProps;
        ChildName = childName;
        MinBackoff = minBackoff;
        MaxBackoff = maxBackoff;
        RandomFactor = randomFactor;
        MaxNrOfRetries = maxNrOfRetries;
        AutoReset = minBackoff;
    }

    public BackoffMode Mode { get; }

    public Props ChildProps { get; }

    public string ChildName { get; }

    public TimeSpan MinBackoff { get; }

    public TimeSpan MaxBackoff { get; }

    /// <summary>Jitter: the delay is stretched by up to this fraction (0 to 1), applied after the cap.</summary>
    public double RandomFactor { get; }

    /// <summary>Restarts before the supervisor gives up and stops itself; -1 (the default) is unlimited.</summary>
    public int MaxNrOfRetries { get; init; }

    /// <summary>
    /// The restart count returns to 0 once a child has run this long without another restart; null
    /// means manual reset (the child sends <see cref="Reset"/>). The default is <see cref="MinBackoff"/>.
    /// </summary>
    public TimeSpan? AutoReset { get; init; }

    /// <summary>
    /// Messages held while the child is down; past it the oldest go to dead letters with a warning.
    /// The default is 1000.
    /// </summary>
    public int BufferCapacity { get; init; } = BackoffDefaults.BufferCapacity;

    /// <summary>The source of the jitter, uniform in [0, 1). The default is <see cref="Random.Shared"/>.</summary>
    public Func<double> Random { get; init; } = System.Random.Shared.NextDouble;

    /// <summary>
    /// How child exceptions are decided. Under <see cref="BackoffMode.OnStop"/> it applies as is (the
    /// default restarts in place); under <see cref="BackoffMode.OnFailure"/> a Restart becomes stop
    /// and recreate after the delay. The default is <see cref="SupervisorStrategy.DefaultStrategy"/>.
    /// </summary>
    public SupervisorStrategy Strategy { get; init; } = SupervisorStrategy.DefaultStrategy;

    public static BackoffOptions OnStop(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, int maxNrOfRetries = BackoffDefaults.MaxNrOfRetries) =>
        new(BackoffMode.OnStop, childProps, childName, minBackoff, maxBackoff, randomFactor, maxNrOfRetries);

    public static BackoffOptions OnFailure(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, int maxNrOfRetries = BackoffDefaults.MaxNrOfRetries) =>
        new(BackoffMode.OnFailure, childProps, childName, minBackoff, maxBackoff, randomFactor, maxNrOfRetries);

    public BackoffOptions WithAutoReset(TimeSpan after)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(after, TimeSpan.Zero);
        return this with { AutoReset = after };
    }

    public BackoffOptions WithManualReset() => this with { AutoReset = null };

    public BackoffOptions WithMaxNrOfRetries(int maxNrOfRetries)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNrOfRetries, -1);
        return this with { MaxNrOfRetries = maxNrOfRetries };
    }

    public BackoffOptions WithBufferCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 0);
        return this with { BufferCapacity = capacity };
    }

    public BackoffOptions WithRandom(Func<double> random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return this with { Random = random };
    }

    public BackoffOptions WithSupervisorStrategy(SupervisorStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return this with { Strategy = strategy };
    }

    /// <summary>Every exception stops the child (and so, under OnStop, goes through the backoff).</summary>
    public BackoffOptions WithDefaultStoppingStrategy() => WithSupervisorStrategy(new OneForOneStrategy(_ => Directive.Stop));
}
