using System.Text.Json;
using Microsoft.Extensions.Logging;
using NanoClaw.AgentProtocol;
using NanoClaw.Containers.Agent;
using NanoClaw.Containers.Agent.Events;

namespace NanoClaw.Containers.Tests.Agent;

public sealed class AgentSocketServerTests : IDisposable
{
    private static readonly AgentRunIdentity Family = new("family", "chat-family", IsMain: false);
    private readonly TempSocketDirectory _dir = new();
    private readonly ListLogger _logger = new();
    private readonly RecordingToolHandler _tools = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task AcceptAsync_HelloWithOtherVersion_AnswersClearErrorAndThrows()
    {
        await using var server = Listen();
        var accepting = server.AcceptAsync(Timeout());
        await using var runner = await FakeRunner.ConnectAsync(server.SocketPath);

        await runner.SendAsync(new HelloMessage(ProtocolVersion.Current + 1, "9.9"));

        var ex = await Assert.ThrowsAsync<AgentProtocolException>(() => accepting);
        Assert.Contains("version mismatch", ex.Message, StringComparison.OrdinalIgnoreCase);
        var error = Assert.IsType<ErrorMessage>(await runner.ReceiveAsync());
        Assert.Contains($"version {ProtocolVersion.Current}", error.Message, StringComparison.Ordinal);
        Assert.Contains(_logger.Lines, l => l.Level == LogLevel.Error && l.Text.Contains("mismatch", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AcceptAsync_FirstLineIsNotHello_Throws()
    {
        await using var server = Listen();
        var accepting = server.AcceptAsync(Timeout());
        await using var runner = await FakeRunner.ConnectAsync(server.SocketPath);

        await runner.SendAsync(new OutputMessage("hi"));

        await Assert.ThrowsAsync<AgentProtocolException>(() => accepting);
        Assert.IsType<ErrorMessage>(await runner.ReceiveAsync());
    }

    [Fact]
    public async Task Events_RunnerMessages_ArriveInOrder()
    {
        var (server, connection, runner) = await ConnectAsync();
        await using (server)
        await using (connection)
        await using (runner)
        {
            await connection.StartAsync(Start(), Timeout());
            Assert.IsType<StartMessage>(await runner.ReceiveAsync());
            await runner.SendAsync(new OutputMessage("hello"));
            await runner.SendAsync(new SessionMessage("s-1"));
            await runner.SendAsync(new LogMessage("info", "note"));
            await runner.SendAsync(new IdleMessage());

            Assert.Equal(new OutputProduced("hello"), await NextAsync(connection));
            Assert.Equal(new SessionAssigned("s-1"), await NextAsync(connection));
            Assert.Equal(new LogReceived("info", "note"), await NextAsync(connection));
            Assert.IsType<TurnIdled>(await NextAsync(connection));
        }
    }

    [Fact]
    public async Task Events_RunnerWarning_IsLoggedAtWarningLevel()
    {
        var (server, connection, runner) = await ConnectAsync();
        await using (server)
        await using (connection)
        await using (runner)
        {
            await runner.SendAsync(new LogMessage("warn", "This group uses the mock model provider"));

            Assert.IsType<LogReceived>(await NextAsync(connection));
            Assert.Contains(_logger.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("mock model provider", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("{not json", DecodeFailure.Malformed)]
    [InlineData("{\"type\":\"teleport\"}", DecodeFailure.UnknownType)]
    [InlineData("{\"type\":\"start\",\"prompt\":\"x\"}", DecodeFailure.Malformed)]
    [InlineData("{\"type\":\"close\"}", DecodeFailure.UnknownType)]
    public async Task Events_BadLine_LogsAnswersErrorAndKeepsReading(string line, DecodeFailure expected)
    {
        var (server, connection, runner) = await ConnectAsync();
        await using (server)
        await using (connection)
        await using (runner)
        {
            await runner.SendLineAsync(line);
            await runner.SendAsync(new OutputMessage("still here"));

            var violation = Assert.IsType<ProtocolViolated>(await NextAsync(connection));
            Assert.Equal(expected, violation.Failure);
            Assert.IsType<ErrorMessage>(await runner.ReceiveAsync());
            Assert.Equal(new OutputProduced("still here"), await NextAsync(connection));
            Assert.Contains(_logger.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("bad line", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Events_LineOverOneMebibyte_IsRejectedAndReadingContinues()
    {
        var (server, connection, runner) = await ConnectAsync();
        await using (server)
        await using (connection)
        await using (runner)
        {
            var huge = "{\"type\":\"output\",\"text\":\"" + new string('a', ProtocolLimits.MaxLineBytes) + "\"}";
            var sending = runner.SendLineAsync(huge);
            var violation = Assert.IsType<ProtocolViolated>(await NextAsync(connection));
            await sending;
            await runner.SendAsync(new OutputMessage("next"));

            Assert.Equal(DecodeFailure.TooLong, violation.Failure);
            Assert.IsType<ErrorMessage>(await runner.ReceiveAsync());
            Assert.Equal(new OutputProduced("next"), await NextAsync(connection));
        }
    }

    [Fact]
    public async Task Events_RunnerCrashesMidTurn_ReportsDisconnectedMidTurnAndSendsThrow()
    {
        var (server, connection, runner) = await ConnectAsync();
        await using (server)
        await using (connection)
        await using (runner)
        {
            await connection.StartAsync(Start(), Timeout());
            runner.Crash();

            var gone = Assert.IsType<RunnerDisconnected>(await NextAsync(connection));
            Assert.True(gone.MidTurn);
            await connection.Completion;
            Assert.False(await connection.Events.WaitToReadAsync(Timeout()));
            await Assert.ThrowsAsync<RunnerDisconnectedException>(async () =>
            {
                // The first write after a reset may still be buffered; the second one fails for sure.
                await connection.SendFollowUpAsync("are you there?", Timeout());
                await connection.SendFollowUpAsync("hello?", Timeout());
            });
            Assert.Contains(_logger.Lines, l => l.Level == LogLevel.Error && l.Text.Contains("mid-turn", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Events_RunnerExitsAfterClose_IsNotMidTurn()
    {
        var (server, connection, runner) = await ConnectAsync();
        await using (server)
        await using (connection)
        {
            await connection.StartAsync(Start(), Timeout());
            await connection.CloseAsync(Timeout());
            await runner.DisposeAsync();

            var gone = Assert.IsType<RunnerDisconnected>(await NextAsync(connection));
            Assert.False(gone.MidTurn);
        }
    }

    [Fact]
    public async Task ToolRequest_IsAnsweredWithTheSocketsIdentityNotTheRunnersClaim()
    {
        var (server, connection, runner) = await ConnectAsync();
        await using (server)
        await using (connection)
        await using (runner)
        {
            await runner.SendLineAsync("""{"type":"tool","request_id":"r1","name":"send_message","arguments":{"text":"hi","group_folder":"main","is_main":true}}""");

            var result = Assert.IsType<ToolResultMessage>(await runner.ReceiveAsync());
            Assert.Equal(new ToolResultMessage("r1", "ok send_message", false), result);
            var call = Assert.Single(_tools.Calls);
            Assert.Equal(Family, call.Caller);
            Assert.IsType<ToolRequestHandled>(await NextAsync(connection));
        }
    }

    [Fact]
    public async Task ToolRequest_HandlerThrows_AnswersToolError()
    {
        var (server, connection, runner) = await ConnectAsync();
        await using (server)
        await using (connection)
        await using (runner)
        {
            using var args = JsonDocument.Parse("{}");
            await runner.SendAsync(new ToolRequestMessage("r2", "explode", args.RootElement.Clone()));

            var result = Assert.IsType<ToolResultMessage>(await runner.ReceiveAsync());
            Assert.True(result.IsError);
            Assert.Contains("kaboom", result.Content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DisposeAsync_RemovesTheSocketFile()
    {
        var server = Listen();
        Assert.True(File.Exists(server.SocketPath));

        await server.DisposeAsync();

        Assert.False(File.Exists(server.SocketPath));
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;

    private static StartMessage Start() =>
        new("hi", null, "family", false, false, "Andy", "UTC", new ModelSettings("mock", "mock", 1024), "token");

    private static async Task<AgentEvent> NextAsync(AgentConnection connection) => await connection.Events.ReadAsync(Timeout());

    private AgentSocketServer Listen() => AgentSocketServer.Listen(_dir.File("agent.sock"), Family, _tools, _logger);

    private async Task<(AgentSocketServer Server, AgentConnection Connection, FakeRunner Runner)> ConnectAsync()
    {
        var server = Listen();
        var accepting = server.AcceptAsync(Timeout());
        var runner = await FakeRunner.ConnectAsync(server.SocketPath);
        await runner.SendAsync(new HelloMessage(ProtocolVersion.Current, "test"));
        return (server, await accepting, runner);
    }
}
