namespace NanoClaw.Actors.Kernel;

/// <summary>Dispatch of system-lane messages; a failure here is handled like a failing handler.</summary>
internal sealed partial class ActorCell
{
    private void SystemInvoke(SystemMessage message)
    {
        try
        {
            switch (message)
            {
                case Create:
                    HandleCreate();
                    break;
                case Terminate:
                    HandleTerminate();
                    break;
                case Watch watch:
                    AddWatcher(watch.Watcher);
                    break;
                case Unwatch unwatch:
                    RemoveWatcher(unwatch.Watcher);
                    break;
                case DeathWatchNotification notification:
                    HandleDeathWatchNotification(notification.Actor);
                    break;
                case Failed failed:
                    HandleChildFailed(failed.Child, failed.Cause);
                    break;
                case Suspend:
                    HandleSuspend();
                    break;
                case Resume:
                    HandleResume();
                    break;
                case Recreate recreate:
                    HandleRecreate(recreate.Cause);
                    break;
            }
        }
        catch (Exception ex)
        {
            HandleInvokeFailure(ex);
        }
    }
}
