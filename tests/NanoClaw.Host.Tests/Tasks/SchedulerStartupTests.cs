using Akka.TestKit.Xunit2;
using Microsoft.Extensions.Time.Testing;
using NanoClaw.Actors.Groups;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Tasks;
using NanoClaw.Host.Tests.Support;

namespace NanoClaw.Host.Tests.Tasks;

public sealed class SchedulerStartupTests() : TestKit(InMemoryPersistence.Config)
{
    [Fact]
    public void CreateTask_BeforeTheRegistryIsKnown_WaitsAndIsCreatedOnceItIs()
    {
        var directory = new GroupDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var scheduler = Sys.ActorOf(SchedulerActor.Props(directory, TimeZoneInfo.Utc, time, TimeSpan.FromHours(1)), "scheduler");

        scheduler.Tell(new CreateTask("main", "water the plants", "interval", "3600000", null, null), TestActor);
        scheduler.Tell(new ListTasks(null), TestActor);
        // Answered first, and empty: the creation before it is still waiting for the registry.
        Assert.Empty(ExpectMsg<TaskList>().Tasks);
        var main = new RegisteredGroup("main", "Main", ["web:main"], null, false, true, time.GetUtcNow());
        directory.Publish(RegistryView.Empty.Apply(new GroupRegistered(main)));

        var reply = ExpectMsg<TaskReply>();
        Assert.True(reply.Task is not null, reply.Error);
        Assert.Equal("main", reply.Task.Group);
    }
}
