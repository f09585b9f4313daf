using Akka.Actor;
using Akka.Dispatch;
using Akka.Event;
using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Node;
using AkkaLogLevel = Akka.Event.LogLevel;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace NanoClaw.Host.Node;

/// <summary>
/// Akka's logger for the node: every Akka log event goes to the node's <see cref="ILoggerFactory"/>
/// (from <see cref="ActorLogging"/>) under the category of the class that logged it, with the
/// actor path in front of the message, so Akka's lines read like every other line of the node.
/// Akka.Hosting's own factory logger writes Akka's formatted event (level, time, thread) into the
/// message instead, which gives the node two formats in one log.
/// </summary>
public sealed class AkkaLogForwarder : ActorBase, IRequiresMessageQueue<ILoggerMessageQueueSemantics>
{
    private ILoggerFactory? _factory;

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case InitializeLogger:
                var setup = Context.System.Settings.Setup.Get<ActorLogging>();
                _factory = setup.HasValue ? setup.Value.Factory : null;
                Sender.Tell(new LoggerInitialized());
                return true;
            case LogEvent logEvent:
                Forward(logEvent);
                return true;
            default:
                return false;
        }
    }

    private void Forward(LogEvent logEvent)
    {
        if (_factory is null)
        {
            return;
        }

        var logger = _factory.CreateLogger(logEvent.LogClass?.FullName ?? "Akka");
        var level = Map(logEvent.LogLevel());
        if (logger.IsEnabled(level))
        {
#pragma warning disable CA1848, CA2254 // Akka's events arrive already formatted; there is no template to cache.
            logger.Log(level, logEvent.Cause, "[{Source}] {Message}", logEvent.LogSource, logEvent.Message?.ToString());
#pragma warning restore CA1848, CA2254
        }
    }

    private static LogLevel Map(AkkaLogLevel level) => level switch
    {
        AkkaLogLevel.DebugLevel => LogLevel.Debug,
        AkkaLogLevel.InfoLevel => LogLevel.Information,
        AkkaLogLevel.WarningLevel => LogLevel.Warning,
        _ => LogLevel.Error,
    };
}
