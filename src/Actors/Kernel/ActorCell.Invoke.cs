namespace NanoClaw.Actors.Kernel;

/// <summary>Delivery of one user message to the current behaviour, and the messages the kernel handles itself.</summary>
internal sealed partial class ActorCell
{
    /// <summary>Behaviours pushed by Become; empty means the actor's own <c>Receive</c>.</summary>
    private List<Receive>? _behaviors;

    /// <summary>Counts user messages delivered, so a stash can tell the same message from the next one.</summary>
    private long _messageSequence;

    internal long MessageSequence => _messageSequence;

    private void Invoke(object message, IActorRef? sender)
    {
        _currentMessage = message;
        _currentSender = sender;
        _messageSequence++;
        var influencesTimeout = true;
        try
        {
            influencesTimeout = InvokeCore(message);
        }
        catch (Exception ex)
        {
            HandleInvokeFailure(ex);
        }
        finally
        {
            if (_pendingTask is null)
            {
                ClearCurrentMessage();
                if (influencesTimeout && _receiveTimeout is not null)
                {
                    RescheduleReceiveTimeout();
                }
            }
        }
    }

    /// <summary>Returns whether the message restarts the receive-timeout idle period.</summary>
    private bool InvokeCore(object message)
    {
        switch (message)
        {
            case PoisonPill:
                Self.SendSystem(Terminate.Instance);
                return true;
            case Kill:
                throw new ActorKilledException("Kill");
            case DeathWatchDelivery delivery:
                if (_terminatedQueued?.Remove(delivery.Watchee) == true)
                {
                    _currentMessage = delivery.Message;
                    _currentSender = delivery.Watchee;
                    Receive(delivery.Message);
                }

                return true;
            case Timers.TimerFired fired:
                if (_timers is not null && _timers.TryAccept(fired, out var timerMessage))
                {
                    _currentMessage = timerMessage;
                    Receive(timerMessage);
                    return timerMessage is not INotInfluenceReceiveTimeout;
                }

                return false;
            case ReceiveTimeoutFired timeoutFired:
                if (IsCurrentReceiveTimeout(timeoutFired))
                {
                    _currentMessage = Kernel.ReceiveTimeout.Instance;
                    Receive(Kernel.ReceiveTimeout.Instance);
                    return true;
                }

                return false;
            default:
                Receive(message);
                return _receiveTimeout is null || message is not INotInfluenceReceiveTimeout;
        }
    }

    private void Receive(object message)
    {
        var actor = _actor!;
        var behavior = _behaviors is { Count: > 0 } behaviors ? behaviors[^1] : actor.DefaultBehavior;
        if (!actor.AroundReceive(behavior, message))
        {
            actor.UnhandledInternal(message);
        }
    }

    private void ClearCurrentMessage()
    {
        _currentMessage = null;
        _currentSender = null;
    }

    public void Become(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        _behaviors ??= [];
        if (_behaviors.Count > 0)
        {
            _behaviors[^1] = receive;
        }
        else
        {
            _behaviors.Add(receive);
        }
    }

    public void BecomeStacked(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        (_behaviors ??= []).Add(receive);
    }

    public void Unbecome()
    {
        if (_behaviors is { Count: > 0 })
        {
            _behaviors.RemoveAt(_behaviors.Count - 1);
        }
    }
}
