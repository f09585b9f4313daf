using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class PipeToTests : TestKit
{
    [Fact]
    public async Task PipeTo_CompletedTask_DeliversResult()
    {
        var source = new TaskCompletionSource<string>();
        var piped = source.Task.PipeTo(TestActor);

        source.SetResult("done");
        await piped.WaitAsync(TimeSpan.FromSeconds(3));

        ExpectMsg("done");
    }

    [Fact]
    public void PipeTo_FaultedTask_DeliversStatusFailure()
    {
        var failure = new InvalidOperationException("broken");
        _ = Task.FromException<int>(failure).PipeTo(TestActor);

        var message = ExpectMsg<Status.Failure>();
        Assert.Same(failure, message.Cause);
    }

    [Fact]
    public void PipeTo_WithMappers_DeliversMappedMessages()
    {
        _ = Task.FromResult(2).PipeTo(TestActor, success: n => $"n={n}");
        ExpectMsg("n=2");

        _ = Task.FromException<int>(new InvalidOperationException("x")).PipeTo(TestActor, failure: ex => ex.Message);
        ExpectMsg("x");
    }

    [Fact]
    public void PipeTo_InsideActor_SenderIsTheActor()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Piper(TestActor)), "piper");

        actor.Tell("go", TestActor);

        ExpectMsg("result");
        Assert.Same(actor, LastSender);
    }

    private sealed class Piper : ReceiveActor
    {
        public Piper(IActorRef target) => Receive<string>(_ => Task.Run(() => "result").PipeTo(target));
    }
}
