using Microsoft.Extensions.Logging;

namespace NanoClaw.Actors.Kernel;

/// <summary>Creation and termination of the actor.</summary>
internal sealed partial class ActorCell
{
    /// <summary>Set when termination began; user messages wait for dead letters from then on.</summary>
    private bool _terminating;

    /// <summary>Schedules creation; the instance is built on the actor's first turn.</summary>
    public void Start() => PostSystem(Create.Instance);

    private void HandleCreate()
    {
        try
        {
            _actor = NewActor();
            _actor.AroundPreStart();
        }
        catch (Exception ex)
        {
            throw new ActorInitializationException($"Exception while creating {Self.Path}: {ex.Message}", ex) { Actor = Self };
        }
    }

    private ActorBase NewActor()
    {
        var previous = _constructing;
        _constructing = this;
        try
        {
            _behaviors?.Clear();
            return Props.NewActor() ?? throw new InvalidOperationException($"The factory of {Props.ActorType} returned null.");
        }
        finally
        {
            _constructing = previous;
        }
    }

    private void HandleTerminate()
    {
        if (_terminating)
        {
            return;
        }

        _terminating = true;
        CancelReceiveTimeout();
        _timers?.CancelAll();
        if (StopAllChildren())
        {
            return;
        }

        FinishTerminate();
    }

    private void FinishTerminate()
    {
        var actor = _actor;
        if (actor is not null)
        {
            try
            {
                actor.AroundPostStop();
            }
            catch (Exception ex)
            {
                KernelLog.LogError(ex, "PostStop of {ActorPath} failed", Self.Path);
            }
            finally
            {
                DisposeInstance(actor);
            }
        }

        UnstashAllStashes();
        _actor = null;
        _behaviors = null;
        Interlocked.Or(ref _status, Closed);
        DrainUserMessagesToDeadLetters();
        NotifyWatchersAndWatchees();
        _system.EventStream.UnsubscribeTerminated(Self);
        if (_parent is null)
        {
            _system.OnGuardianTerminated(this);
        }
        else
        {
            _parent.PostSystem(new DeathWatchNotification(Self));
        }
    }

    private void DisposeInstance(ActorBase actor)
    {
        if (actor is IDisposable disposable)
        {
            try
            {
                disposable.Dispose();
            }
            catch (Exception ex)
            {
                KernelLog.LogError(ex, "Dispose of {ActorPath} failed", Self.Path);
            }
        }
    }
}
