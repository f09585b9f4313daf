using Akka.Actor;
using Akka.TestKit.Xunit2;
using Microsoft.Extensions.Time.Testing;
using NanoClaw.Actors.Chats;
using NanoClaw.Actors.Groups;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Runs;
using NanoClaw.Host.Tests.Support;

namespace NanoClaw.Host.Tests.Node;

/// <summary>The sleep handshake between <see cref="GroupsActor"/> and a group, with a probe standing in for the container supervisor.</summary>
public sealed class GroupsActorSleepTests() : TestKit(InMemoryPersistence.Config)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MessageArrivingWhileAsked_GroupAtRest_SleepsAndIsWokenForIt()
    {
        var (groups, group) = StartGroup(requiresTrigger: true);
        // Without the trigger the message is context: stored, no work, so the group is at rest.
        groups.Tell(new ToGroup("family", Store("m1", "no trigger here")), TestActor);
        ExpectMsg<MessageAccepted>(m => m.Stored);

        groups.Tell(new ReadyToSleep("family"), group);
        groups.Tell(new ToGroup("family", Store("m2", "still none")), TestActor);

        ExpectMsg<MessageAccepted>(m => m.MessageId == "m2" && m.Stored);
        groups.Tell(new ToGroup("family", Store("m1", "no trigger here")), TestActor);
        ExpectMsg<MessageAccepted>(m => m.MessageId == "m1" && !m.Stored && m.Reason == "duplicate");
        groups.Tell(new ToGroup("family", GetGroupStatus.Instance), TestActor);
        Assert.Equal(2, ExpectMsg<Actors.Contracts.GroupStatus>().Pending);
        Assert.NotEqual(group, LastSender);
    }

    [Fact]
    public void MessageArrivingWhileAsked_GroupHasWork_DeclinesAndGetsIt()
    {
        var containers = CreateTestProbe("containers");
        var (groups, group) = StartGroup(requiresTrigger: false, containers);
        groups.Tell(new ToGroup("family", Store("m1", "hello")), TestActor);
        ExpectMsg<MessageAccepted>(m => m.Stored);
        containers.ExpectMsg<RequestRun>();

        groups.Tell(new ReadyToSleep("family"), group);
        groups.Tell(new ToGroup("family", Store("m2", "again")), TestActor);

        ExpectMsg<MessageAccepted>(m => m.MessageId == "m2" && m.Stored);
        groups.Tell(new ToGroup("family", GetGroupStatus.Instance), TestActor);
        ExpectMsg<Actors.Contracts.GroupStatus>();
        Assert.Equal(group, LastSender);
    }

    [Fact]
    public void AtRest_SleepAfterPassed_AsksToSleepOnce()
    {
        var time = new FakeTimeProvider(Start);
        var probe = CreateTestProbe("groups");
        var group = Sys.ActorOf(GroupActor.Props(Group(requiresTrigger: true), Services(time, CreateTestProbe().Ref, TimeSpan.FromMilliseconds(200)), probe.Ref));

        group.Tell(Store("m1", "no trigger here"), TestActor);
        ExpectMsg<MessageAccepted>();

        probe.ExpectMsg<ReadyToSleep>(r => r.Folder == "family");
        group.Tell(GoToSleep.Instance, probe.Ref);
        probe.ExpectMsg<SleepAccepted>();
    }

    private (IActorRef Groups, IActorRef Group) StartGroup(bool requiresTrigger, Akka.TestKit.TestProbe? containers = null)
    {
        var time = new FakeTimeProvider(Start);
        var services = Services(time, (containers ?? CreateTestProbe()).Ref, TimeSpan.FromHours(1));
        var groups = Sys.ActorOf(GroupsActor.Props(services, new GroupDirectory()));
        groups.Tell(RegistryView.Empty.Apply(new GroupRegistered(Group(requiresTrigger))));
        groups.Tell(new ToGroup("family", GetGroupStatus.Instance), TestActor);
        ExpectMsg<Actors.Contracts.GroupStatus>();
        var group = LastSender;
        return (groups, group);
    }

    private static RegisteredGroup Group(bool requiresTrigger) =>
        new("family", "Family", ["web:family"], null, requiresTrigger, IsMain: false, Start);

    private static GroupServices Services(TimeProvider time, IActorRef containers, TimeSpan sleepAfter) =>
        new(containers, new RecordingReplySender(), new ChatLog(time), () => SenderAllowlist.AllowAll, _ => new NoTools(), "Andy", TimeZoneInfo.Utc, GroupRetry.Default, time)
        {
            SleepAfter = sleepAfter,
        };

    private static StoreMessage Store(string id, string text) => new(new StoredMessage("web:family", id, "u1", "Ann", text, Start));
}
