namespace NanoClaw.Actors.Tests.Pattern;

public sealed class BackoffSupervisorOnFailureTests : BackoffSupervisorTestKit
{
    [Fact]
    public void OnFailure_ChildThrows_StoppedAndRecreatedAfterTheBackoff()
    {
        var (supervisor, child) = Start(OnFailure());

        child.Tell("fail");
        ExpectMsg("stopped");
        AwaitRestartCount(supervisor, 1);
        Time.Advance(TimeSpan.FromMilliseconds(1099));
        ExpectNoMsg(Quiet);
        Time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.NotEqual(child, ExpectMsg<ChildStarted>().Child);
    }

    [Fact]
    public void OnFailure_MessagesWhileTheFailedChildIsDown_BufferedForTheNextChild()
    {
        var (supervisor, child) = Start(OnFailure());
        var client = CreateTestProbe();
        child.Tell("fail");
        ExpectMsg("stopped");

        client.Send(supervisor, "queued");
        AwaitRestartCount(supervisor, 1);
        Time.Advance(TimeSpan.FromMilliseconds(1100));

        ExpectMsg<ChildStarted>();
        client.ExpectMsg("echo queued");
    }

    [Fact]
    public void OnFailure_ChildStopsByItself_SupervisorStops()
    {
        var (supervisor, child) = Start(OnFailure());
        Control.Watch(supervisor);

        child.Tell("stop");

        Control.ExpectTerminated(supervisor);
    }

    [Fact]
    public void OnFailure_MaxRetriesReached_SupervisorStops()
    {
        var (supervisor, child) = Start(OnFailure(maxNrOfRetries: 1));
        Control.Watch(supervisor);
        child.Tell("fail");
        AwaitRestartCount(supervisor, 1);
        Time.Advance(TimeSpan.FromMilliseconds(1100));
        child = FishForMessage<ChildStarted>(_ => true).Child;

        child.Tell("fail");

        Control.ExpectTerminated(supervisor);
    }
}
