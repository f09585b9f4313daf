using NanoClaw.Channels.Discord;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.Discord;

/// <summary>Drops, reconnect requests and invalid sessions: resumed when possible, identified afresh when not.</summary>
public sealed class DiscordRecoveryTests : IAsyncLifetime
{
    private readonly FakeDiscordServer _server = new();
    private readonly RecordingInbound _inbound = new();
    private readonly HttpClient _http = new();

    public Task InitializeAsync() => _server.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task Drop_ServerCutsConnection_ResumesWithSessionAndSequenceAndReplaysMissed()
    {
        await using var channel = await ReadyAsync();
        var dropped = TestChannels.WhenConnectionAsync(channel, connected: false);

        _server.Drop();
        await dropped;
        await _server.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("701", "sent while you were away"));

        var resume = (await _server.Resumes.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value)).GetProperty("d");
        var missed = await _inbound.NextMessageAsync();
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt64());
        Assert.Equal(FakeDiscordServer.Token, resume.GetProperty("token").GetString());
        Assert.Equal("701", missed.MessageId);
        Assert.False(_server.Identifies.Reader.TryPeek(out _));
    }

    [Fact]
    public async Task Drop_SendsWhileDisconnected_FlushedInOrderAfterReconnect()
    {
        await using var channel = await ReadyAsync();
        var dropped = TestChannels.WhenConnectionAsync(channel, connected: false);
        _server.Drop();
        await dropped;

        var sends = new[] { "one", "two", "three" }
            .Select(text => channel.SendAsync($"discord:{DiscordPayloads.GuildChannel}", text, CancellationToken.None))
            .ToList();
        await Task.WhenAll(sends).WaitAsync(TestTimeout.Value);

        var received = new List<string>();
        while (_server.Created.Reader.TryRead(out var created))
        {
            received.Add(created.Content);
        }

        Assert.Equal(["one", "two", "three"], received);
        await _server.Resumes.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
    }

    [Fact]
    public async Task InvalidSession_ResumeRefused_IdentifiesAfresh()
    {
        await using var channel = await ReadyAsync();
        _server.RefuseResume = true;

        _server.Drop();
        await _server.Resumes.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
        var identify = await _server.Identifies.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
        await _server.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("702", "after a fresh start"));

        Assert.Equal(FakeDiscordServer.Token, identify.GetProperty("d").GetProperty("token").GetString());
        Assert.Equal("702", (await _inbound.NextMessageAsync()).MessageId);
        Assert.Equal("session-2", channel.SessionId);
    }

    [Fact]
    public async Task InvalidSession_Resumable_ResumesSameSession()
    {
        await using var channel = await ReadyAsync();

        await _server.SendRawAsync("""{"op":9,"d":true}""");

        var resume = (await _server.Resumes.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value)).GetProperty("d");
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.False(_server.Identifies.Reader.TryPeek(out _));
    }

    [Fact]
    public async Task Close_SessionTimedOut4009_IdentifiesAfresh()
    {
        await using var channel = await ReadyAsync();

        await _server.CloseAsync(4009);

        await _server.Identifies.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
        Assert.False(_server.Resumes.Reader.TryPeek(out _));
    }

    [Fact]
    public async Task Reconnect_Opcode7_ReconnectsAndResumes()
    {
        await using var channel = await ReadyAsync();

        await _server.SendRawAsync("""{"op":7,"d":null}""");

        var resume = (await _server.Resumes.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value)).GetProperty("d");
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        await _server.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("703", "still here"));
        Assert.Equal("703", (await _inbound.NextMessageAsync()).MessageId);
    }

    [Fact]
    public async Task Heartbeat_NotAcknowledged_ConnectionReopened()
    {
        _server.HeartbeatIntervalMs = 20;
        await using var channel = await ReadyAsync();
        var dropped = TestChannels.WhenConnectionAsync(channel, connected: false);

        _server.SilenceHeartbeats = true;
        await dropped;
        _server.SilenceHeartbeats = false;

        await _server.Resumes.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
    }

    private async Task<DiscordChannel> ReadyAsync()
    {
        var settings = new DiscordSettings(FakeDiscordServer.Token, new Uri(_server.BaseUri, "api/v10"));
        var channel = new DiscordChannel(settings, TestChannels.Context(_inbound), _http, new Random(7));
        await channel.ConnectAsync(CancellationToken.None);
        await _server.Identifies.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
        await _server.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("1", "warm-up"));
        await _inbound.NextMessageAsync();
        return channel;
    }
}
