using NanoClaw.Actors.Events;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class ActorRefTests : TestKit
{
    [Fact]
    public void Tell_FromInsideActor_ImplicitSenderIsSelf()
    {
        var echo = Sys.ActorOf(Props.Create(() => new Echo()), "echo");
        var relay = Sys.ActorOf(Props.Create(() => new Relay(echo, TestActor)), "relay");

        relay.Tell("ping", TestActor);

        var reply = ExpectMsg<Reply>();
        Assert.Same(echo, reply.From);
        Assert.Equal("ping", reply.Text);
    }

    [Fact]
    public void Tell_FromOutsideWithNoSender_ReplyGoesToDeadLetters()
    {
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe<DeadLetter>(deadLetters);
        var echo = Sys.ActorOf(Props.Create(() => new Echo()), "echo");

        echo.Tell("nobody asked", ActorRefs.NoSender);

        var deadLetter = deadLetters.ExpectMsg<DeadLetter>();
        Assert.Equal("nobody asked", deadLetter.Message);
        Assert.Same(echo, deadLetter.Sender);
    }

    [Fact]
    public void Forward_KeepsOriginalSender()
    {
        var echo = Sys.ActorOf(Props.Create(() => new Echo()), "echo");
        var forwarder = Sys.ActorOf(Props.Create(() => new Forwarder(echo)), "forwarder");

        forwarder.Tell("via", TestActor);

        ExpectMsg("via");
        Assert.Same(echo, LastSender);
    }

    [Fact]
    public void Tell_StoppedActor_EndsInDeadLettersNotAnException()
    {
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe<DeadLetter>(deadLetters);
        var echo = Sys.ActorOf(Props.Create(() => new Echo()), "echo");
        Watch(echo);
        Sys.Stop(echo);
        ExpectTerminated(echo);

        echo.Tell("too late", TestActor);

        var deadLetter = deadLetters.ExpectMsg<DeadLetter>();
        Assert.Equal("too late", deadLetter.Message);
        Assert.Same(TestActor, deadLetter.Sender);
        Assert.Same(echo, deadLetter.Recipient);
    }

    [Fact]
    public void Tell_NullMessage_Throws()
    {
        var echo = Sys.ActorOf(Props.Create(() => new Echo()));

        Assert.Throws<ArgumentNullException>(() => echo.Tell(null!, TestActor));
    }

    [Fact]
    public void Nobody_Tell_IsIgnored() => ActorRefs.Nobody.Tell("anything");

    private sealed record Reply(IActorRef From, string Text);

    private sealed class Echo : ReceiveActor
    {
        public Echo() => ReceiveAny(message => Sender.Tell(message));
    }

    private sealed class Relay : ReceiveActor
    {
        public Relay(IActorRef target, IActorRef probe)
        {
            Receive<string>(s =>
            {
                if (ReferenceEquals(Sender, target))
                {
                    probe.Tell(new Reply(Sender, s));
                }
                else
                {
                    target.Tell(s);
                }
            });
        }
    }

    private sealed class Forwarder : ReceiveActor
    {
        public Forwarder(IActorRef target) => ReceiveAny(message => target.Tell(message, Sender));
    }
}
