using Akka.TestKit.Xunit2;
using Microsoft.Extensions.Time.Testing;
using NanoClaw.Actors.Chats;
using NanoClaw.Actors.Groups;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Runs;
using NanoClaw.Host.Tests.Support;

namespace NanoClaw.Host.Tests.Node;

/// <summary>A group actor between probes standing in for the container supervisor and its run, to order their messages at will.</summary>
public sealed class GroupRunOrderTests() : TestKit(InMemoryPersistence.Config)
{
    [Fact]
    public void AgentReady_HeardBeforeTheGrant_FirstTurnStillBegins()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var containers = CreateTestProbe("containers");
        var run = CreateTestProbe("run");
        var group = new RegisteredGroup("family", "Family", ["web:family"], null, RequiresTrigger: false, IsMain: false, time.GetUtcNow());
        var services = new GroupServices(
            containers.Ref, new RecordingReplySender(), new ChatLog(time), () => SenderAllowlist.AllowAll, _ => new NoTools(),
            "Andy", TimeZoneInfo.Utc, GroupRetry.Default, time);
        var actor = Sys.ActorOf(GroupActor.Props(group, services, CreateTestProbe("groups").Ref), "family");

        actor.Tell(new StoreMessage(new StoredMessage("web:family", "m1", "u1", "Ann", "hello", time.GetUtcNow())), TestActor);
        ExpectMsg<MessageAccepted>();
        var request = containers.ExpectMsg<RequestRun>();
        actor.Tell(new AgentReady(request.Request.RunId), run.Ref);
        actor.Tell(new RunGranted(request.Request.RunId, run.Ref, RunKind.Message), containers.Ref);

        var begin = run.ExpectMsg<BeginTurn>();
        Assert.Contains("hello", begin.Prompt, StringComparison.Ordinal);
    }
}
