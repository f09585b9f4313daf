using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Events;

namespace NanoClaw.Actors.Tests.Pattern;

public sealed class BackoffSupervisorBufferTests : BackoffSupervisorTestKit
{
    [Fact]
    public void Buffer_ChildDown_MessagesDeliveredInOrderToTheNextChildWithTheirSenders()
    {
        var (supervisor, child) = Start(OnStop());
        var client = CreateTestProbe();
        StopChild(supervisor, child, 1);

        client.Send(supervisor, "a");
        client.Send(supervisor, "b");
        client.Send(supervisor, "c");
        client.ExpectNoMsg(Quiet);
        Time.Advance(TimeSpan.FromMilliseconds(1100));

        var next = ExpectMsg<ChildStarted>().Child;
        client.ExpectMsg("echo a");
        Assert.Equal(next, client.LastSender);
        client.ExpectMsg("echo b");
        client.ExpectMsg("echo c");
    }

    [Fact]
    public void Buffer_Full_OldestGoesToDeadLettersWithAWarning()
    {
        var (supervisor, child) = Start(OnStop().WithBufferCapacity(2));
        var client = CreateTestProbe();
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe(deadLetters.Ref, typeof(DeadLetter));
        StopChild(supervisor, child, 1);

        client.Send(supervisor, "a");
        client.Send(supervisor, "b");
        client.Send(supervisor, "c");

        Assert.Equal("a", deadLetters.FishForMessage<DeadLetter>(d => d.Message is string).Message);
        Time.Advance(TimeSpan.FromMilliseconds(1100));
        client.ExpectMsg("echo b");
        client.ExpectMsg("echo c");
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("buffer", StringComparison.Ordinal));
    }

    [Fact]
    public void Buffer_SupervisorGivesUp_BufferedMessagesGoToDeadLetters()
    {
        var (supervisor, child) = Start(OnStop(maxNrOfRetries: 0));
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe(deadLetters.Ref, typeof(DeadLetter));
        Control.Watch(supervisor);

        child.Tell("stop");
        Control.ExpectTerminated(supervisor);

        supervisor.Tell("late");
        Assert.Equal("late", deadLetters.FishForMessage<DeadLetter>(d => d.Message is string).Message);
    }
}
