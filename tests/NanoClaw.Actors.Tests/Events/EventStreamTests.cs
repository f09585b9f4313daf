using NanoClaw.Actors.Events;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Events;

public sealed class EventStreamTests : TestKit
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(50);

    private sealed record Animal(string Name);

    private sealed record Other(int Value);

    [Fact]
    public void Publish_SubscribedType_IsDelivered()
    {
        Sys.EventStream.Subscribe<Animal>(TestActor);

        Sys.EventStream.Publish(new Animal("cat"));

        ExpectMsg(new Animal("cat"));
    }

    [Fact]
    public void Publish_BaseTypeSubscription_ReceivesDerivedOnce()
    {
        Assert.True(Sys.EventStream.Subscribe<object>(TestActor));
        Assert.True(Sys.EventStream.Subscribe<Animal>(TestActor));

        Sys.EventStream.Publish(new Animal("dog"));

        ExpectMsg(new Animal("dog"));
        ExpectNoMsg(Short);
    }

    [Fact]
    public void Publish_OtherType_IsNotDelivered()
    {
        Sys.EventStream.Subscribe<Animal>(TestActor);

        Sys.EventStream.Publish(new Other(1));

        ExpectNoMsg(Short);
    }

    [Fact]
    public void Subscribe_Twice_ReturnsFalse()
    {
        Assert.True(Sys.EventStream.Subscribe<Animal>(TestActor));
        Assert.False(Sys.EventStream.Subscribe<Animal>(TestActor));
    }

    [Fact]
    public void Unsubscribe_ByType_StopsOnlyThatType()
    {
        Sys.EventStream.Subscribe<Animal>(TestActor);
        Sys.EventStream.Subscribe<Other>(TestActor);

        Assert.True(Sys.EventStream.Unsubscribe<Animal>(TestActor));
        Sys.EventStream.Publish(new Animal("cat"));
        Sys.EventStream.Publish(new Other(2));

        ExpectMsg(new Other(2));
        ExpectNoMsg(Short);
    }

    [Fact]
    public void Unsubscribe_All_StopsEverything()
    {
        Sys.EventStream.Subscribe<Animal>(TestActor);
        Sys.EventStream.Subscribe<Other>(TestActor);

        Assert.True(Sys.EventStream.Unsubscribe(TestActor));
        Assert.False(Sys.EventStream.Unsubscribe(TestActor));
        Sys.EventStream.Publish(new Animal("cat"));
        Sys.EventStream.Publish(new Other(2));

        ExpectNoMsg(Short);
    }

    [Fact]
    public void Stop_Subscriber_IsRemoved()
    {
        var subscriber = CreateTestProbe();
        Sys.EventStream.Subscribe<Animal>(subscriber.Ref);
        Watch(subscriber.Ref);
        Sys.Stop(subscriber.Ref);
        ExpectTerminated(subscriber.Ref);

        Assert.False(Sys.EventStream.Unsubscribe(subscriber.Ref));
    }

    [Fact]
    public void Unhandled_Message_IsPublishedAsUnhandledMessage()
    {
        Sys.EventStream.Subscribe<UnhandledMessage>(TestActor);
        var actor = Sys.ActorOf(Props.Create(() => new Picky()), "picky");

        actor.Tell(42, TestActor);

        var unhandled = ExpectMsg<UnhandledMessage>();
        Assert.Equal(42, unhandled.Message);
        Assert.Same(actor, unhandled.Recipient);
    }

    private sealed class Picky : ReceiveActor
    {
        public Picky() => Receive<string>(_ => { });
    }
}
