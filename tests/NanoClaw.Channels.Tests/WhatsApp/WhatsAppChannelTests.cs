using NanoClaw.Channels.Tests.Fakes;
using NanoClaw.Channels.WhatsApp;

namespace NanoClaw.Channels.Tests.WhatsApp;

public sealed class WhatsAppChannelTests : IAsyncLifetime
{
    private readonly FakeGraphServer _server = new();
    private readonly RecordingInbound _inbound = new();
    private readonly HttpClient _http = new();

    public Task InitializeAsync() => _server.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task SendAsync_Text_GraphMessagePayloadSplitAt4096()
    {
        await using var channel = await ConnectedAsync();

        await channel.SendAsync("whatsapp:4915112345678", new string('w', 4096) + " tail", CancellationToken.None);

        var first = await _server.Sent.Reader.ReadAsync();
        var second = await _server.Sent.Reader.ReadAsync();
        Assert.Equal("whatsapp", first.GetProperty("messaging_product").GetString());
        Assert.Equal("4915112345678", first.GetProperty("to").GetString());
        Assert.Equal("text", first.GetProperty("type").GetString());
        Assert.Equal(4096, first.GetProperty("text").GetProperty("body").GetString()!.Length);
        Assert.Equal("tail", second.GetProperty("text").GetProperty("body").GetString());
    }

    [Fact]
    public async Task SendAsync_GraphUnreachable_QueuedAndFlushedInOrder()
    {
        await using var channel = await ConnectedAsync();
        _server.Down = true;

        var sends = new[] { "a", "b", "c" }.Select(text => channel.SendAsync("whatsapp:4915112345678", text, CancellationToken.None)).ToList();
        for (var i = 0; i < TestChannels.FastTimings.SendAttempts + 1; i++)
        {
            await _server.Aborted.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
        }

        _server.Down = false;
        await Task.WhenAll(sends).WaitAsync(TestTimeout.Value);

        var bodies = new List<string?>();
        while (_server.Sent.Reader.TryRead(out var sent))
        {
            bodies.Add(sent.GetProperty("text").GetProperty("body").GetString());
        }

        Assert.Equal(["a", "b", "c"], bodies);
        Assert.Empty(channel.Health.Snapshot().RecentFailures);
    }

    [Fact]
    public async Task SendAsync_Rejected_ReportedWithGraphMessage()
    {
        await using var channel = await ConnectedAsync();
        _server.Reject = true;

        var failed = await Assert.ThrowsAsync<DeliveryFailedException>(() => channel.SendAsync("whatsapp:1", "hi", CancellationToken.None).WaitAsync(TestTimeout.Value));

        Assert.Contains("not in allowed list", failed.Failure.Reason, StringComparison.Ordinal);
        Assert.Equal("whatsapp:1", Assert.Single(channel.Health.Snapshot().RecentFailures).ChatId);
    }

    private async Task<WhatsAppChannel> ConnectedAsync()
    {
        var settings = new WhatsAppSettings(FakeGraphServer.AccessToken, FakeGraphServer.PhoneNumberId, new Uri(_server.BaseUri, "v21.0"), "secret", "verify");
        var channel = new WhatsAppChannel(settings, TestChannels.Context(_inbound), _http);
        await channel.ConnectAsync(CancellationToken.None);
        return channel;
    }
}
