using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Actors.Supervision;

namespace NanoClaw.Actors.Kernel;

/// <summary>Settings of an <see cref="ActorSystem"/>; every default lives here.</summary>
public sealed record ActorSystemOptions
{
    /// <summary>The default number of user messages a mailbox processes per turn (Akka's dispatcher throughput).</summary>
    public const int DefaultThroughput = 30;

    /// <summary>The default ask timeout: mirrors <c>akka.actor.ask-timeout</c>, but finite.</summary>
    public static readonly TimeSpan DefaultAskTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The source of all time: timers, receive timeouts, ask timeouts, restart windows. The default is the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where actors and the kernel log. The default discards everything.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>User messages per mailbox turn. The default is 30.</summary>
    public int Throughput { get; init; } = DefaultThroughput;

    /// <summary>Timeout of an ask that passes none. The default is 5 seconds; it must be finite.</summary>
    public TimeSpan AskTimeout { get; init; } = DefaultAskTimeout;

    /// <summary>How many dead letters are logged before logging pauses. The default is 10 (Akka's <c>log-dead-letters</c>).</summary>
    public int DeadLetterLogLimit { get; init; } = 10;

    /// <summary>How long dead-letter logging pauses after the limit. The default is 5 minutes.</summary>
    public TimeSpan DeadLetterLogSuspendDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The strategy <c>/user</c> applies to top-level actors. The default is <see cref="SupervisorStrategy.DefaultStrategy"/>.</summary>
    public SupervisorStrategy GuardianSupervisorStrategy { get; init; } = SupervisorStrategy.DefaultStrategy;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentNullException.ThrowIfNull(LoggerFactory);
        ArgumentOutOfRangeException.ThrowIfLessThan(Throughput, 1);
        AskTimeouts.EnsureFinite(AskTimeout);
        ArgumentOutOfRangeException.ThrowIfNegative(DeadLetterLogLimit);
    }
}
