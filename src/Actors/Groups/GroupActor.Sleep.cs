using Akka.Actor;

namespace NanoClaw.Actors.Groups;

public sealed partial class GroupActor
{
    private const string SleepTimer = "sleep";

    private void SleepCommands()
    {
        Command<SleepDue>(_ =>
        {
            if (AtRest())
            {
                _groups.Tell(new ReadyToSleep(_group.Folder));
            }
        });
        Command<GoToSleep>(_ => Sender.Tell(AtRest() ? new SleepAccepted(_group.Folder) : new SleepDeclined(_group.Folder)));
    }

    /// <summary>After every message: a group at rest asks to sleep once it has stayed so for <c>sleep-after</c>.</summary>
    protected override bool AroundReceive(Receive receive, object message)
    {
        var handled = base.AroundReceive(receive, message);
        if (message is not SleepDue and not GoToSleep and not GetGroupStatus)
        {
            if (AtRest())
            {
                Timers.StartSingleTimer(SleepTimer, SleepDue.Instance, _services.SleepAfter);
            }
            else
            {
                Timers.Cancel(SleepTimer);
            }
        }

        return handled;
    }

    /// <summary>Nothing to do and nothing in flight: no run or run request, no retry or task due, no undelivered reply, no message being written.</summary>
    private bool AtRest() =>
        !IsRecovering && _run is null && !_waitingForSlot && !Timers.IsTimerActive(RetryTimer)
        && _outbox.Count == 0 && _taskQueue.Count == 0 && _activeTask is null && _storing.Count == 0 && !HasWork();

    private sealed record SleepDue
    {
        public static readonly SleepDue Instance = new();
    }
}
