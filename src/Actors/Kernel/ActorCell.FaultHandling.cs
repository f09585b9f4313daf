using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Supervision;

namespace NanoClaw.Actors.Kernel;

/// <summary>
/// Failure, suspension and restart. A failing actor suspends itself and its children and asks its
/// parent for a directive; the failing message is dropped, the rest of the mailbox is kept.
/// </summary>
internal sealed partial class ActorCell
{
    /// <summary>User messages wait while this is above zero (own failure, parent's failure).</summary>
    private int _suspendCount;

    /// <summary>Set between reporting a failure and the parent's directive, so one failure is reported once.</summary>
    private bool _failed;

    /// <summary>The message whose handling failed, handed to <c>PreRestart</c>.</summary>
    private object? _failedMessage;

    /// <summary>Set while a restart waits for the children stopped by <c>PreRestart</c> to terminate.</summary>
    private Exception? _pendingRecreateCause;

    /// <summary>Restart bookkeeping that the parent's strategy keeps for this child; parent-turn owned.</summary>
    internal ChildRestartStats? RestartStats { get; set; }

    private void HandleInvokeFailure(Exception cause)
    {
        if (_terminating || IsClosed)
        {
            KernelLog.LogError(cause, "{ActorPath} failed while stopping", Self.Path);
            return;
        }

        if (_failed)
        {
            KernelLog.LogError(cause, "{ActorPath} failed again while awaiting its supervisor", Self.Path);
            return;
        }

        _failed = true;
        _failedMessage = _currentMessage;
        _suspendCount++;
        SendToChildren(Suspend.Instance);
        if (_parent is null)
        {
            _system.OnGuardianFailed(this, cause);
        }
        else
        {
            _parent.PostSystem(new Failed(Self, cause));
        }
    }

    private void HandleChildFailed(IInternalActorRef child, Exception cause)
    {
        if (child is not LocalActorRef local || !IsLiveChild(local))
        {
            return;
        }

        var strategy = Props.SupervisorStrategy ?? _actor?.SupervisorStrategyInternal ?? _system.Options.GuardianSupervisorStrategy;
        strategy.HandleFailure(this, local.Cell, cause);
    }

    private void HandleSuspend()
    {
        _suspendCount++;
        SendToChildren(Suspend.Instance);
    }

    private void HandleResume()
    {
        if (_suspendCount > 0)
        {
            _suspendCount--;
        }

        _failed = false;
        _failedMessage = null;
        SendToChildren(Resume.Instance);
    }

    private void HandleRecreate(Exception cause)
    {
        if (_terminating)
        {
            return;
        }

        var failedActor = _actor;
        _timers?.CancelAll();
        if (failedActor is not null)
        {
            try
            {
                failedActor.AroundPreRestart(cause, _failedMessage);
            }
            catch (Exception ex)
            {
                KernelLog.LogError(ex, "PreRestart of {ActorPath} failed", Self.Path);
            }
            finally
            {
                DisposeInstance(failedActor);
            }
        }

        _actor = null;
        _failedMessage = null;
        _behaviors?.Clear();
        UnstashAllStashes();
        if (HasStoppingChildren)
        {
            _pendingRecreateCause = cause;
            return;
        }

        FinishRecreate(cause);
    }

    private void FinishRecreate(Exception cause)
    {
        _pendingRecreateCause = null;
        _suspendCount = 0;
        _failed = false;
        var survivors = ChildrenSnapshot();
        try
        {
            _actor = NewActor();
            _actor.AroundPostRestart(cause);
        }
        catch (Exception ex)
        {
            HandleInvokeFailure(new ActorInitializationException($"Exception while restarting {Self.Path}: {ex.Message}", ex) { Actor = Self });
            return;
        }

        foreach (var child in survivors)
        {
            child.SendSystem(new Recreate(cause));
        }
    }
}
