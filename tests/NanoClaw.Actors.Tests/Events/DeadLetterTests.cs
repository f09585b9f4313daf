using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Events;
using NanoClaw.Actors.Kernel;
using NanoClaw.Actors.Testing;
using NanoClaw.Actors.Tests.Support;

namespace NanoClaw.Actors.Tests.Events;

public sealed class DeadLetterTests : TestKit
{
    public DeadLetterTests()
        : this(new CapturingLoggerFactory())
    {
    }

    private DeadLetterTests(CapturingLoggerFactory logs)
        : base(options => options with { LoggerFactory = logs, DeadLetterLogLimit = 3 })
    {
        Logs = logs;
    }

    private CapturingLoggerFactory Logs { get; }

    private IReadOnlyList<CapturedLog> DeadLetterLogs =>
        [.. Logs.Entries.Where(e => e.Category == "NanoClaw.Actors.DeadLetters" && e.Message.StartsWith("Dead letter:", StringComparison.Ordinal))];

    [Fact]
    public void TellToDeadLetters_PublishesSenderRecipientAndType()
    {
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);

        Sys.DeadLetters.Tell("lost", TestActor);

        var deadLetter = ExpectMsg<DeadLetter>();
        Assert.Equal("lost", deadLetter.Message);
        Assert.Equal(typeof(string), deadLetter.MessageType);
        Assert.Same(TestActor, deadLetter.Sender);
        Assert.Same(Sys.DeadLetters, deadLetter.Recipient);
    }

    [Fact]
    public void DeadLetter_IsLoggedWithTypeSenderRecipientAndPathScope()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Silent()), "gone");
        Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);

        actor.Tell(123, TestActor);

        AwaitCondition(() => DeadLetterLogs.Count == 1);
        var entry = DeadLetterLogs[0];
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains("System.Int32", entry.Message, StringComparison.Ordinal);
        Assert.Contains("/user/gone", entry.Message, StringComparison.Ordinal);
        Assert.Contains("/system/testActor", entry.Message, StringComparison.Ordinal);
        Assert.Equal("/user/gone", entry.ScopeValue("ActorPath"));
    }

    [Fact]
    public void DeadLetterLogging_PausesAfterLimitAndResumesAfterSuspendDuration()
    {
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);
        for (var i = 0; i < 5; i++)
        {
            Sys.DeadLetters.Tell(i, TestActor);
        }

        ReceiveN(5);
        Assert.Equal(3, DeadLetterLogs.Count);

        Time.Advance(TimeSpan.FromMinutes(5));
        Sys.DeadLetters.Tell("again", TestActor);
        ExpectMsg<DeadLetter>();

        Assert.Equal(4, DeadLetterLogs.Count);
    }

    [Fact]
    public void SuppressedMessage_IsNeitherPublishedNorLogged()
    {
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);

        Sys.DeadLetters.Tell(new Hush(), TestActor);

        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        Assert.Empty(DeadLetterLogs);
    }

    private sealed record Hush : IDeadLetterSuppression;

    private sealed class Silent : ReceiveActor;
}
