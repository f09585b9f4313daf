using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Pattern;
using NanoClaw.Actors.Testing;
using NanoClaw.Actors.Tests.Support;

namespace NanoClaw.Actors.Tests.Pattern;

/// <summary>Helpers for backoff tests on manual time: start a supervised child, stop it, wait for the restart to be scheduled.</summary>
public abstract class BackoffSupervisorTestKit : TestKit
{
    protected static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    protected static readonly TimeSpan Max = TimeSpan.FromSeconds(4);
    protected static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);

    protected BackoffSupervisorTestKit()
        : this(new CapturingLoggerFactory())
    {
    }

    private BackoffSupervisorTestKit(CapturingLoggerFactory logs)
        : base(options => options with { LoggerFactory = logs })
    {
        Logs = logs;
        Control = CreateTestProbe("control");
    }

    public CapturingLoggerFactory Logs { get; }

    /// <summary>Asks the supervisor questions, so its replies never mix with the child's reports.</summary>
    public TestProbe Control { get; }

    protected Props ChildProps => Props.Create(() => new BackoffChild(TestActor));

    protected BackoffOptions OnStop(int maxNrOfRetries = -1) =>
        BackoffOptions.OnStop(ChildProps, "child", Min, Max, 0.2, maxNrOfRetries).WithRandom(() => 0.5);

    protected BackoffOptions OnFailure(int maxNrOfRetries = -1) =>
        BackoffOptions.OnFailure(ChildProps, "child", Min, Max, 0.2, maxNrOfRetries).WithRandom(() => 0.5);

    /// <summary>Starts the supervisor and returns it with its first child.</summary>
    protected (IActorRef Supervisor, IActorRef Child) Start(BackoffOptions options)
    {
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(options), "backoff");
        return (supervisor, ExpectMsg<ChildStarted>().Child);
    }

    /// <summary>Waits until the supervisor reports <paramref name="count"/> restarts (scheduled ones included).</summary>
    protected void AwaitRestartCount(IActorRef supervisor, int count) =>
        AwaitAssert(() =>
        {
            Control.Send(supervisor, GetRestartCount.Instance);
            Assert.Equal(count, Control.ExpectMsg<RestartCount>().Count);
        });

    /// <summary>Stops the child and waits until its restart is scheduled.</summary>
    protected void StopChild(IActorRef supervisor, IActorRef child, int expectedRestartCount)
    {
        child.Tell("stop");
        ExpectMsg("stopped");
        AwaitRestartCount(supervisor, expectedRestartCount);
    }

    protected IActorRef? CurrentChild(IActorRef supervisor)
    {
        Control.Send(supervisor, GetCurrentChild.Instance);
        return Control.ExpectMsg<CurrentChild>().Ref;
    }
}
