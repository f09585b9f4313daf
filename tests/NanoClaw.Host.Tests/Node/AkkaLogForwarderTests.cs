using Akka.Event;
using Microsoft.Extensions.Logging;
using NanoClaw.Channels.Tests.Fakes;
using NanoClaw.Host.Node;
using NanoClaw.Host.Tests.Configuration;
using NanoClaw.Host.Tests.Support;

namespace NanoClaw.Host.Tests.Node;

public sealed class AkkaLogForwarderTests
{
    [Fact]
    public async Task AkkaLogEvent_ReachesTheNodeLoggerAsOneLineOfTheNodeFormat()
    {
        using var temp = new TempDirectory();
        var logs = new ListLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        await using var node = await TestNodeSystem.StartAsync(NodeJournal.Sqlite(Path.Join(temp.Path, "nanoclaw.db")), loggerFactory, realTime: true);

        node.System.Log.Warning("disk {0} is {1} % full", "/data", 97);

        await NodeHarness.EventuallyAsync(
            () => Task.FromResult(logs.Lines.Any(l => l.Contains("disk /data is 97 % full", StringComparison.Ordinal))), "the Akka warning in the node's log");
        var line = logs.Lines.Single(l => l.Contains("disk /data", StringComparison.Ordinal));
        Assert.StartsWith("Warning: [", line, StringComparison.Ordinal);
        Assert.DoesNotContain("[WARNING]", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Thread", line, StringComparison.Ordinal);
    }
}
