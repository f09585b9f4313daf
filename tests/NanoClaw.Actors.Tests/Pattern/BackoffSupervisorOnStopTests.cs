using NanoClaw.Actors.Events;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Pattern;

namespace NanoClaw.Actors.Tests.Pattern;

public sealed class BackoffSupervisorOnStopTests : BackoffSupervisorTestKit
{
    [Fact]
    public void OnStop_ChildStops_RecreatedExactlyAfterTheJitteredMinBackoff()
    {
        var (supervisor, child) = Start(OnStop());

        StopChild(supervisor, child, 1);
        Time.Advance(TimeSpan.FromMilliseconds(1099));
        ExpectNoMsg(Quiet);
        Time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.NotEqual(child, ExpectMsg<ChildStarted>().Child);
    }

    [Fact]
    public void OnStop_RepeatedStops_DelayDoublesUpToTheCapPlusJitter()
    {
        var (supervisor, child) = Start(OnStop());
        var expected = new[] { 1100, 2200, 4400, 4400 };

        for (var i = 0; i < expected.Length; i++)
        {
            StopChild(supervisor, child, i + 1);
            Time.Advance(TimeSpan.FromMilliseconds(expected[i] - 1));
            ExpectNoMsg(Quiet);
            Time.Advance(TimeSpan.FromMilliseconds(1));
            child = ExpectMsg<ChildStarted>().Child;
        }
    }

    [Fact]
    public void OnStop_ChildRanLongerThanAutoReset_RestartCountBackToZero()
    {
        var (supervisor, child) = Start(OnStop().WithAutoReset(TimeSpan.FromSeconds(10)));
        StopChild(supervisor, child, 1);
        Time.Advance(TimeSpan.FromMilliseconds(1100));
        child = ExpectMsg<ChildStarted>().Child;
        AwaitRestartCount(supervisor, 1);

        Time.Advance(TimeSpan.FromSeconds(10));

        AwaitRestartCount(supervisor, 0);
        StopChild(supervisor, child, 1);
        Time.Advance(TimeSpan.FromMilliseconds(1100));
        ExpectMsg<ChildStarted>();
    }

    [Fact]
    public void OnStop_ChildStopsBeforeAutoReset_CountKeepsGrowing()
    {
        var (supervisor, child) = Start(OnStop().WithAutoReset(TimeSpan.FromSeconds(10)));
        StopChild(supervisor, child, 1);
        Time.Advance(TimeSpan.FromMilliseconds(1100));
        child = ExpectMsg<ChildStarted>().Child;

        StopChild(supervisor, child, 2);
        Time.Advance(TimeSpan.FromSeconds(10));

        ExpectMsg<ChildStarted>();
        AwaitRestartCount(supervisor, 2);
    }

    [Fact]
    public void Reset_ManualResetMode_ChildResetsTheCount()
    {
        var (supervisor, child) = Start(OnStop().WithManualReset());
        StopChild(supervisor, child, 1);
        Time.Advance(TimeSpan.FromMilliseconds(1100));
        child = ExpectMsg<ChildStarted>().Child;

        child.Tell("reset");

        AwaitRestartCount(supervisor, 0);
    }

    [Fact]
    public void Reset_AutoResetMode_IsUnhandled()
    {
        var (supervisor, _) = Start(OnStop());
        var unhandled = CreateTestProbe();
        Sys.EventStream.Subscribe(unhandled.Ref, typeof(UnhandledMessage));

        supervisor.Tell(Reset.Instance);

        Assert.IsType<Reset>(unhandled.ExpectMsg<UnhandledMessage>().Message);
    }

    [Fact]
    public void OnStop_MaxRetriesReached_SupervisorStops()
    {
        var (supervisor, child) = Start(OnStop(maxNrOfRetries: 2));
        Control.Watch(supervisor);
        StopChild(supervisor, child, 1);
        Time.Advance(TimeSpan.FromMilliseconds(1100));
        child = ExpectMsg<ChildStarted>().Child;
        StopChild(supervisor, child, 2);
        Time.Advance(TimeSpan.FromMilliseconds(2200));
        child = ExpectMsg<ChildStarted>().Child;

        child.Tell("stop");

        Control.ExpectTerminated(supervisor);
    }

    [Fact]
    public void OnStop_ChildThrows_DefaultStrategyRestartsInPlaceWithoutBackoff()
    {
        var (supervisor, child) = Start(OnStop());

        child.Tell("fail");

        ExpectMsg("stopped");
        Assert.Equal(child, ExpectMsg<ChildStarted>().Child);
        AwaitRestartCount(supervisor, 0);
    }

    [Fact]
    public void OnStop_StoppingStrategy_ExceptionGoesThroughTheBackoff()
    {
        var (supervisor, child) = Start(OnStop().WithDefaultStoppingStrategy());

        child.Tell("fail");
        ExpectMsg("stopped");
        AwaitRestartCount(supervisor, 1);
        Time.Advance(TimeSpan.FromMilliseconds(1100));

        Assert.NotEqual(child, ExpectMsg<ChildStarted>().Child);
    }

    [Fact]
    public void GetCurrentChild_RunningAndDown_ReportsTheChildOrNull()
    {
        var (supervisor, child) = Start(OnStop());
        Assert.Equal(child, CurrentChild(supervisor));

        StopChild(supervisor, child, 1);

        Assert.Null(CurrentChild(supervisor));
    }

    [Fact]
    public void Messages_ChildRunning_ForwardedWithTheOriginalSender()
    {
        var (supervisor, child) = Start(OnStop());
        var client = CreateTestProbe();

        client.Send(supervisor, "hello");

        client.ExpectMsg("echo hello");
        Assert.Equal(child, client.LastSender);
    }

    [Fact]
    public void Messages_FromTheChild_GoToTheSupervisorsParent()
    {
        Sys.ActorOf(Props.Create(() => new BackoffParent(BackoffSupervisor.Props(OnStop()), TestActor)));
        var child = ExpectMsg<ChildStarted>().Child;

        child.Tell("to-parent");

        ExpectMsg("from child");
    }
}
