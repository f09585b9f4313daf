using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Events;

/// <summary>
/// Logs dead letters at Information, at most <see cref="ActorSystemOptions.DeadLetterLogLimit"/> of them,
/// then pauses for <see cref="ActorSystemOptions.DeadLetterLogSuspendDuration"/> and logs again
/// (Akka's <c>log-dead-letters</c>), so a flood cannot drown the log.
/// </summary>
internal sealed class DeadLetterLogger(ActorSystem system)
{
    private readonly ILogger _log = system.LoggerFactory.CreateLogger("NanoClaw.Actors.DeadLetters");
    private readonly Lock _gate = new();
    private int _logged;
    private DateTimeOffset _resumeAt;

    public void Log(DeadLetter deadLetter)
    {
        if (!_log.IsEnabled(LogLevel.Information) || !TryTakeSlot())
        {
            return;
        }

        using (_log.BeginScope(new ActorLogScope(deadLetter.Recipient.Path)))
        {
            _log.LogInformation(
                "Dead letter: {MessageType} from {Sender} to {Recipient} was not delivered",
                deadLetter.MessageType.FullName,
                deadLetter.Sender,
                deadLetter.Recipient);
        }
    }

    private bool TryTakeSlot()
    {
        var limit = system.Options.DeadLetterLogLimit;
        bool pausing;
        lock (_gate)
        {
            if (_logged >= limit)
            {
                if (system.TimeProvider.GetUtcNow() < _resumeAt)
                {
                    return false;
                }

                _logged = 0;
            }

            _logged++;
            pausing = _logged == limit;
            if (pausing)
            {
                _resumeAt = system.TimeProvider.GetUtcNow() + system.Options.DeadLetterLogSuspendDuration;
            }
        }

        if (pausing)
        {
            _log.LogInformation("Dead-letter logging paused for {Duration} after {Limit} entries", system.Options.DeadLetterLogSuspendDuration, limit);
        }

        return limit > 0;
    }
}
