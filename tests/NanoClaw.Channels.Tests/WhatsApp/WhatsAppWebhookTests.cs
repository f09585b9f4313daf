using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NanoClaw.Channels.Tests.Fakes;
using NanoClaw.Channels.WhatsApp;

namespace NanoClaw.Channels.Tests.WhatsApp;

public sealed class WhatsAppWebhookTests : IAsyncLifetime
{
    private const string AppSecret = "app-secret-for-tests";
    private const string VerifyToken = "verify-me";

    private readonly RecordingInbound _inbound = new();
    private readonly ListLoggerProvider _logs = new();
    private readonly HttpClient _http = new();
    private WebhookHost _host = null!;

    public async Task InitializeAsync()
    {
        var settings = new WhatsAppSettings(FakeGraphServer.AccessToken, FakeGraphServer.PhoneNumberId, new Uri("http://127.0.0.1:9/"), AppSecret, VerifyToken);
        _host = new WebhookHost(new WhatsAppWebhook(settings, TestChannels.Context(_inbound, _logs)));
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _http.Dispose();
    }

    [Theory]
    [InlineData("subscribe", VerifyToken, HttpStatusCode.OK, "1158201444")]
    [InlineData("subscribe", "wrong", HttpStatusCode.Forbidden, "verification failed")]
    [InlineData("unsubscribe", VerifyToken, HttpStatusCode.Forbidden, "verification failed")]
    public async Task Verify_Handshake_EchoesChallengeOnlyForRightToken(string mode, string token, HttpStatusCode status, string body)
    {
        var uri = new Uri(_host.BaseUri, $"{WebhookHost.Path}?hub.mode={mode}&hub.verify_token={token}&hub.challenge=1158201444");

        using var response = await _http.GetAsync(uri);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Receive_SignedTextMessage_SinkGetsChatSenderAndText()
    {
        var payload = WhatsAppPayloads.Text("wamid.HBgN1", "hello from the phone");
        payload["entry"]![0]!["changes"]![0]!["value"]!["messages"]![0]!["context"] = new JsonObject { ["from"] = "15550783881", ["id"] = "wamid.earlier" };

        using var response = await PostAsync(payload.ToJsonString(), sign: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = Assert.Single(_inbound.Stored);
        Assert.Equal($"whatsapp:{WhatsAppPayloads.From}", message.ChatId);
        Assert.Equal("wamid.HBgN1", message.MessageId);
        Assert.Equal(WhatsAppPayloads.From, message.SenderId);
        Assert.Equal("Alice", message.SenderName);
        Assert.Equal("hello from the phone", message.Text);
        Assert.False(message.IsGroup);
        Assert.Equal("wamid.earlier", message.ReplyTo?.MessageId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1731400000), message.Timestamp);
    }

    [Fact]
    public async Task Receive_ImageWithCaption_Described()
    {
        var payload = WhatsAppPayloads.Notification(WhatsAppPayloads.Value(new JsonObject
        {
            ["from"] = WhatsAppPayloads.From, ["id"] = "wamid.IMG", ["timestamp"] = "1731400000", ["type"] = "image",
            ["image"] = new JsonObject { ["caption"] = "our cat", ["mime_type"] = "image/jpeg", ["sha256"] = "abc", ["id"] = "1003383421387256" },
        }));

        using var response = await PostAsync(payload.ToJsonString(), sign: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("our cat\n[Photo: image_wamid.IMG.jpg]", Assert.Single(_inbound.Stored).Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=00")]
    [InlineData("sha256=zz-not-hex")]
    [InlineData("sha1=abcdef")]
    public async Task Receive_BadSignature_401AndNothingStored(string? signature)
    {
        using var response = await PostAsync(WhatsAppPayloads.Text("wamid.X", "forged").ToJsonString(), sign: false, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_inbound.Stored);
        Assert.False(_inbound.HasPendingMessage);
    }

    [Fact]
    public async Task Receive_SignatureOfOtherBody_401AndNothingStored()
    {
        var signature = WhatsAppSignature.Sign(Encoding.UTF8.GetBytes("{}"), AppSecret);

        using var response = await PostAsync(WhatsAppPayloads.Text("wamid.Y", "tampered").ToJsonString(), sign: false, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_inbound.Stored);
    }

    [Theory]
    [InlineData("not json at all", true)]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[{"type":"text"}]}}]}]}""", true)]
    [InlineData("""{"entry":"wrong shape"}""", false)]
    public async Task Receive_MalformedButSigned_AcknowledgedAndSkipped(string body, bool logged)
    {
        using var response = await PostAsync(body, sign: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_inbound.Stored);
        Assert.Equal(logged, _logs.Lines.Any(line => line.Contains("malformed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Receive_StatusesOnly_AcknowledgedWithoutMessages()
    {
        using var response = await PostAsync(WhatsAppPayloads.StatusOnly().ToJsonString(), sign: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_inbound.Stored);
    }

    [Fact]
    public async Task Receive_SinkFails_500SoMetaRedelivers()
    {
        _inbound.FailNext();

        using var failed = await PostAsync(WhatsAppPayloads.Text("wamid.Z", "keep me").ToJsonString(), sign: true);
        using var redelivered = await PostAsync(WhatsAppPayloads.Text("wamid.Z", "keep me").ToJsonString(), sign: true);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal("wamid.Z", Assert.Single(_inbound.Stored).MessageId);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, bool sign, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.BaseUri, WebhookHost.Path))
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var header = sign ? WhatsAppSignature.Sign(bytes, AppSecret) : signature;
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(WhatsAppSignature.HeaderName, header);
        }

        return await _http.SendAsync(request);
    }
}
