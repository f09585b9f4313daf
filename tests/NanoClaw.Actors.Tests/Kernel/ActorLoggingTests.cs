using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;
using NanoClaw.Actors.Tests.Support;

namespace NanoClaw.Actors.Tests.Kernel;

public sealed class ActorLoggingTests : TestKit
{
    public ActorLoggingTests()
        : this(new CapturingLoggerFactory())
    {
    }

    private ActorLoggingTests(CapturingLoggerFactory logs)
        : base(options => options with { LoggerFactory = logs })
    {
        Logs = logs;
    }

    private CapturingLoggerFactory Logs { get; }

    [Fact]
    public void Log_FromActor_CarriesActorPathScopeAndActorCategory()
    {
        var parent = Sys.ActorOf(Props.Create(() => new Chatter()), "parent");

        parent.Tell("hello", TestActor);
        ExpectMsg("logged");

        var entry = Assert.Single(Logs.Entries, e => e.Message == "said hello");
        Assert.Equal("/user/parent", entry.ScopeValue("ActorPath"));
        Assert.Equal(typeof(Chatter).FullName, entry.Category);
    }

    [Fact]
    public void Supervision_Restart_LoggedAsErrorWithChildPath()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Chatter()), "failing");

        actor.Tell("fail", TestActor);
        actor.Tell("hello", TestActor);
        ExpectMsg("logged");

        var entry = Assert.Single(Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("Restart", StringComparison.Ordinal));
        Assert.Contains("/user/failing", entry.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(entry.Exception);
    }

    private sealed class Chatter : ReceiveActor
    {
        public Chatter()
        {
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
            Receive<string>(s =>
            {
                Log.LogInformation("said {Text}", s);
                Sender.Tell("logged");
            });
        }
    }
}
