using Akka.Actor;
using Akka.Actor.Setup;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NanoClaw.Actors.Node;

/// <summary>
/// The node's <see cref="ILoggerFactory"/>, carried in the actor system's setup, so the node's
/// actors log through Microsoft.Extensions.Logging like the rest of the node (Akka's own log events
/// reach the same factory through Akka.Hosting's logger).
/// </summary>
public sealed class ActorLogging(ILoggerFactory factory) : Setup
{
    public ILoggerFactory Factory { get; } = factory;

    /// <summary>The logger of <paramref name="actorType"/>; a silent one when the system was built without this setup.</summary>
    public static ILogger For(IActorContext context, Type actorType)
    {
        ArgumentNullException.ThrowIfNull(context);
        var setup = context.System.Settings.Setup.Get<ActorLogging>();
        return setup.HasValue ? setup.Value.Factory.CreateLogger(actorType) : NullLogger.Instance;
    }
}
