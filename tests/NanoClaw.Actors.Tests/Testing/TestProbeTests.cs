using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Testing;

public sealed class TestProbeTests : TestKit
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(50);

    [Fact]
    public void ExpectMsg_NothingArrives_ThrowsAfterTimeout()
    {
        var ex = Assert.Throws<TestKitAssertionException>(() => ExpectMsg<string>(timeout: Short));

        Assert.Contains("Timeout", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectMsg_WrongType_Throws()
    {
        TestActor.Tell(1);

        Assert.Throws<TestKitAssertionException>(() => ExpectMsg<string>());
    }

    [Fact]
    public void ExpectMsg_PredicateFails_Throws()
    {
        TestActor.Tell("abc");

        Assert.Throws<TestKitAssertionException>(() => ExpectMsg<string>(s => s.Length > 5));
    }

    [Fact]
    public void ExpectNoMsg_MessageArrives_Throws()
    {
        TestActor.Tell("surprise");

        Assert.Throws<TestKitAssertionException>(() => ExpectNoMsg(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public void FishForMessage_SkipsUntilMatch()
    {
        for (var i = 0; i < 5; i++)
        {
            TestActor.Tell(i);
        }

        Assert.Equal(3, FishForMessage<int>(n => n == 3));
        Assert.Equal(4, ExpectMsg<int>());
    }

    [Fact]
    public void ReceiveN_TooFew_Throws()
    {
        TestActor.Tell(1);

        Assert.Throws<TestKitAssertionException>(() => ReceiveN(2, Short));
    }

    [Fact]
    public void Within_InnerExpectationsInheritDeadline()
    {
        var ex = Assert.Throws<TestKitAssertionException>(() => Within(TimeSpan.FromMilliseconds(100), () => ExpectMsg<string>()));

        Assert.Contains("Timeout (00:00:00.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Within_FinishesBeforeMinimum_Throws() =>
        Assert.Throws<TestKitAssertionException>(() => Within(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), () => { }));

    [Fact]
    public void AwaitAssert_EventuallyPasses_Returns()
    {
        var attempts = 0;

        AwaitAssert(() => Assert.True(++attempts >= 3), interval: TimeSpan.FromMilliseconds(1));

        Assert.Equal(3, attempts);
    }

    [Fact]
    public void AwaitAssert_NeverPasses_ThrowsWithLastFailure()
    {
        var ex = Assert.Throws<TestKitAssertionException>(() => AwaitAssert(() => throw new InvalidOperationException("nope"), Short));

        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public void AwaitCondition_NeverTrue_Throws() =>
        Assert.Throws<TestKitAssertionException>(() => AwaitCondition(() => false, Short, message: "never"));

    [Fact]
    public void ReplyAndForward_UseLastSender()
    {
        var other = CreateTestProbe();
        other.Send(TestActor, "question");
        ExpectMsg("question");

        Probe.Reply("answer");
        other.ExpectMsg("answer");

        var third = CreateTestProbe();
        Probe.Forward(third);
        third.ExpectMsg("question");
        Assert.Same(other.Ref, third.LastSender);
    }

    [Fact]
    public void Watch_ExpectTerminated()
    {
        var target = CreateTestProbe();

        Watch(target.Ref);
        Sys.Stop(target.Ref);

        ExpectTerminated(target.Ref);
    }

    [Fact]
    public async Task Probe_UsableAsActorRefForAsk()
    {
        var responder = CreateTestProbe();
        var ask = responder.Ask<string>("q");

        responder.ExpectMsg("q");
        responder.Reply("a");

        Assert.Equal("a", await ask.WaitAsync(TimeSpan.FromSeconds(3)));
    }
}
