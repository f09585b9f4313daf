using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Timers;

namespace NanoClaw.Actors.Pattern;

/// <summary>
/// Runs one child and recreates it after an exponential backoff when it stops (<see cref="BackoffMode.OnStop"/>)
/// or fails (<see cref="BackoffMode.OnFailure"/>), with Akka's formula, auto or manual reset and a
/// retry limit after which the supervisor stops itself. Other messages go to the child with their
/// original sender; messages from the child go to the supervisor's parent.
/// </summary>
/// <remarks>
/// Deliberate deviation from Akka: while the child is down, messages are buffered (bounded by
/// <see cref="BackoffOptions.BufferCapacity"/>; the oldest go to dead letters with a warning when it
/// is full) and delivered in order to the next child, so no user message is lost in a restart.
/// Messages sent after the child decided to stop but before the supervisor saw it terminate still
/// reach the stopping child and end in dead letters, as in Akka. All time comes from the system's
/// <see cref="TimeProvider"/> through timers; the jitter from <see cref="BackoffOptions.Random"/>.
/// </remarks>
public sealed partial class BackoffSupervisor : ActorBase, IWithTimers
{
    private const string StartTimer = "backoff-start";
    private const string ResetTimer = "backoff-reset";

    private readonly BackoffOptions _options;
    private IActorRef? _child;

    /// <summary>Under OnFailure: the failed child being stopped; its Terminated schedules the restart.</summary>
    private IActorRef? _stoppingChild;

    private int _restartCount;

    public BackoffSupervisor(BackoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(BackoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Kernel.Props.Create(() => new BackoffSupervisor(options));
    }

    protected override void PreStart() => StartChildNow();

    protected override void PostStop() => DropBuffer();

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case Terminated terminated when IsChild(terminated.ActorRef):
                OnChildTerminated(terminated.ActorRef);
                return true;
            case StartChild:
                OnStartTimer();
                return true;
            case ResetRestartCount reset:
                _restartCount = reset.Current == _restartCount ? 0 : _restartCount;
                return true;
            case GetCurrentChild:
                Sender.Tell(new CurrentChild(_child));
                return true;
            case GetRestartCount:
                Sender.Tell(new RestartCount(_restartCount));
                return true;
            case Reset when _options.AutoReset is null:
                _restartCount = 0;
                return true;
            case Reset:
                return false;
            default:
                Route(message);
                return true;
        }
    }

    private bool IsChild(IActorRef actor) => actor.Equals(_child) || actor.Equals(_stoppingChild);

    private void Route(object message)
    {
        if (_child is null)
        {
            Buffer(message, Context.Sender);
        }
        else if (Sender.Equals(_child))
        {
            Context.Parent.Tell(message, Self);
        }
        else
        {
            _child.Tell(message, Context.Sender);
        }
    }

    private void StartChildNow()
    {
        if (_child is not null)
        {
            return;
        }

        _child = Context.Watch(Context.ActorOf(_options.ChildProps, _options.ChildName));
        DeliverBuffer(_child);
    }

    private void OnStartTimer()
    {
        StartChildNow();
        if (_options.AutoReset is { } after)
        {
            Timers.StartSingleTimer(ResetTimer, new ResetRestartCount(_restartCount), after);
        }
    }

    private void OnChildTerminated(IActorRef child)
    {
        if (child.Equals(_stoppingChild))
        {
            _stoppingChild = null;
            ScheduleRestart();
            return;
        }

        _child = null;
        if (_options.Mode == BackoffMode.OnStop)
        {
            ScheduleRestart();
        }
        else
        {
            Log.LogInformation("Child {ChildName} stopped by itself; the backoff supervisor stops too", _options.ChildName);
            Context.Stop(Self);
        }
    }

    private void ScheduleRestart()
    {
        if (_options.MaxNrOfRetries != -1 && _restartCount >= _options.MaxNrOfRetries)
        {
            Log.LogWarning("Child {ChildName} was restarted {RestartCount} times, the limit; the backoff supervisor stops", _options.ChildName, _restartCount);
            Context.Stop(Self);
            return;
        }

        var delay = CalculateDelay(_restartCount, _options.MinBackoff, _options.MaxBackoff, _options.RandomFactor, _options.Random());
        Timers.StartSingleTimer(StartTimer, StartChild.Instance, delay);
        _restartCount++;
    }
}
