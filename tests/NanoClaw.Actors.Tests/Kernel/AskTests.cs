using NanoClaw.Actors.Events;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class AskTests : TestKit
{
    [Fact]
    public async Task Ask_ReplyOfExpectedType_CompletesWithIt()
    {
        var doubler = Sys.ActorOf(Props.Create(() => new Responder()));

        var result = await doubler.Ask<int>(21).WaitAsync(TimeSpan.FromSeconds(3));

        Assert.Equal(42, result);
    }

    [Fact]
    public async Task Ask_StatusFailureReply_FaultsWithItsCause()
    {
        var responder = Sys.ActorOf(Props.Create(() => new Responder()));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => responder.Ask<int>("fail").WaitAsync(TimeSpan.FromSeconds(3)));

        Assert.Equal("refused", ex.Message);
    }

    [Fact]
    public async Task Ask_ReplyOfWrongType_FaultsWithClearMessage()
    {
        var responder = Sys.ActorOf(Props.Create(() => new Responder()));

        var ex = await Assert.ThrowsAsync<InvalidCastException>(() => responder.Ask<int>("text").WaitAsync(TimeSpan.FromSeconds(3)));

        Assert.Contains("System.Int32", ex.Message, StringComparison.Ordinal);
        Assert.Contains("System.String", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_DeadActor_TimesOutAfterDefaultFiveSeconds()
    {
        var responder = Sys.ActorOf(Props.Create(() => new Responder()));
        Watch(responder);
        Sys.Stop(responder);
        ExpectTerminated(responder);

        var ask = responder.Ask<int>(1);
        Time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(ask.IsCompleted);
        Time.Advance(TimeSpan.FromSeconds(0.1));

        await Assert.ThrowsAsync<AskTimeoutException>(() => ask.WaitAsync(TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task Ask_ExplicitTimeout_IsUsed()
    {
        var silent = Sys.ActorOf(Props.Create(() => new Responder()));

        var ask = silent.Ask<int>("ignore", TimeSpan.FromSeconds(1));
        Time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<AskTimeoutException>(() => ask.WaitAsync(TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task Ask_Cancelled_IsCanceled()
    {
        var silent = Sys.ActorOf(Props.Create(() => new Responder()));
        using var cancellation = new CancellationTokenSource();

        var ask = silent.Ask<int>("ignore", null, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ask.WaitAsync(TimeSpan.FromSeconds(3)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Ask_NonFiniteTimeout_Throws(int milliseconds)
    {
        var responder = Sys.ActorOf(Props.Create(() => new Responder()));

        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = responder.Ask<int>(1, TimeSpan.FromMilliseconds(milliseconds)); });
    }

    [Fact]
    public async Task Ask_SecondReply_GoesToDeadLetters()
    {
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe<DeadLetter>(deadLetters);
        var responder = Sys.ActorOf(Props.Create(() => new Responder()));

        var first = await responder.Ask<int>("twice").WaitAsync(TimeSpan.FromSeconds(3));

        Assert.Equal(1, first);
        Assert.Equal(2, deadLetters.ExpectMsg<DeadLetter>().Message);
    }

    [Fact]
    public void Ask_RefOutsideAnySystem_Throws() =>
        Assert.Throws<ArgumentException>(() => { _ = ActorRefs.Nobody.Ask<int>(1); });

    private sealed class Responder : ReceiveActor
    {
        public Responder()
        {
            Receive<int>(n => Sender.Tell(n * 2));
            Receive<string>(s => s == "fail", _ => Sender.Tell(new Status.Failure(new InvalidOperationException("refused"))));
            Receive<string>(s => s == "twice", _ =>
            {
                Sender.Tell(1);
                Sender.Tell(2);
            });
            Receive<string>(s => s == "text", s => Sender.Tell(s));
            Receive<string>(_ => { });
        }
    }
}
