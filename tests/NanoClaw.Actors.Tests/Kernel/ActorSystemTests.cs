using System.Collections.Concurrent;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class ActorSystemTests : TestKit
{
    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("a/b")]
    public void Create_InvalidName_Throws(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => ActorSystem.Create(name));

    [Fact]
    public void Create_InfiniteAskTimeout_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ActorSystem.Create("x", new ActorSystemOptions { AskTimeout = Timeout.InfiniteTimeSpan }));

    [Fact]
    public void ActorOf_NestedChildren_HavePathsUnderUser()
    {
        var parent = Sys.ActorOf(Props.Create(() => new Parent(TestActor)), "a");
        parent.Tell("spawn b", TestActor);

        var child = ExpectMsg<IActorRef>();

        Assert.Equal("/user/a", parent.Path.ToString());
        Assert.Equal("/user/a/b", child.Path.ToString());
        Assert.Equal(["user", "a", "b"], child.Path.Elements);
    }

    [Fact]
    public void ActorOf_TakenName_ThrowsInvalidActorName()
    {
        Sys.ActorOf(Props.Create(() => new Parent(TestActor)), "same");

        Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create(() => new Parent(TestActor)), "same"));
    }

    [Theory]
    [InlineData("$reserved")]
    [InlineData("a/b")]
    [InlineData("")]
    public void ActorOf_InvalidName_ThrowsInvalidActorName(string name) =>
        Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create(() => new Parent(TestActor)), name));

    [Fact]
    public void ActorOf_WithoutName_GeneratesDistinctNames()
    {
        var first = Sys.ActorOf(Props.Create(() => new Parent(TestActor)));
        var second = Sys.ActorOf(Props.Create(() => new Parent(TestActor)));

        Assert.NotEqual(first.Path, second.Path);
        Assert.StartsWith("$", first.Path.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void ActorOf_ChildName_IsReusableAfterTerminated()
    {
        var first = Sys.ActorOf(Props.Create(() => new Parent(TestActor)), "again");
        Watch(first);
        Sys.Stop(first);
        ExpectTerminated(first);

        AwaitAssert(() => Sys.ActorOf(Props.Create(() => new Parent(TestActor)), "again"));
    }

    [Fact]
    public async Task Terminate_StopsUserTreeTopDown_AndCompletesWhenTerminated()
    {
        var stops = new ConcurrentQueue<string>();
        var parent = Sys.ActorOf(Props.Create(() => new Recorder(stops, "parent", 2)), "parent");
        parent.Tell("ready?", TestActor);
        ExpectMsg("ready");

        await Sys.Terminate().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(Sys.WhenTerminated.IsCompletedSuccessfully);
        var order = stops.ToArray();
        Assert.Equal(4, order.Length);
        Assert.Equal("parent", order[^1]);
        Assert.True(Array.IndexOf(order, "parent/0/0") < Array.IndexOf(order, "parent/0"));
    }

    [Fact]
    public void Dispose_TerminatesSystem()
    {
        var system = ActorSystem.Create("disposed");
        system.ActorOf(Props.Create(() => new Parent(ActorRefs.Nobody)));

        system.Dispose();

        Assert.True(system.WhenTerminated.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Terminate_ThenTell_DoesNotThrow()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Parent(TestActor)));
        await Sys.Terminate().WaitAsync(TimeSpan.FromSeconds(5));

        actor.Tell("late", TestActor);
    }

    private sealed class Parent : ReceiveActor
    {
        public Parent(IActorRef probe)
        {
            Receive<string>(
                s => s.StartsWith("spawn ", StringComparison.Ordinal),
                s => Sender.Tell(Context.ActorOf(Props.Create(() => new Parent(probe)), s[6..])));
        }
    }

    private sealed class Recorder : ReceiveActor
    {
        private readonly ConcurrentQueue<string> _stops;
        private readonly string _name;

        public Recorder(ConcurrentQueue<string> stops, string name, int depth)
        {
            _stops = stops;
            _name = name;
            for (var i = 0; i < Math.Min(depth, 2); i++)
            {
                var childName = $"{name}/{i}";
                var childDepth = depth - 1 - i;
                Context.ActorOf(Props.Create(() => new Recorder(stops, childName, childDepth)), i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            Receive<string>(_ => Sender.Tell("ready"));
        }

        protected override void PostStop() => _stops.Enqueue(_name);
    }
}
