using System.Collections.Concurrent;
using NanoClaw.Actors.Kernel;

namespace NanoClaw.Actors.Testing;

/// <summary>Records every message it receives, with its sender, for a <see cref="TestProbe"/> to inspect.</summary>
internal sealed class ProbeActor(BlockingCollection<Envelope> received) : ActorBase
{
    protected override bool Receive(object message)
    {
        switch (message)
        {
            case ProbeCommand.StartWatching watch:
                Context.Watch(watch.Target);
                break;
            case ProbeCommand.StopWatching unwatch:
                Context.Unwatch(unwatch.Target);
                break;
            default:
                received.Add(new Envelope(message, Sender));
                break;
        }

        return true;
    }
}
