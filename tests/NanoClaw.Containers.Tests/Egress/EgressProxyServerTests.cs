using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NanoClaw.Containers.Egress;

namespace NanoClaw.Containers.Tests.Egress;

/// <summary>The egress proxy on a unix socket, against a site the test serves on 127.0.0.1 over HTTP and HTTPS.</summary>
public sealed class EgressProxyServerTests : IAsyncLifetime
{
    private const int PageBytes = 100_000;

    private readonly string _root = Path.Join("/tmp", "ncegr-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly ConcurrentQueue<EgressRecord> _records = new();
    private readonly ConcurrentQueue<string> _siteRequests = new();
    private readonly X509Certificate2 _certificate = SelfSigned();
    private WebApplication? _site;
    private int _httpPort;
    private int _httpsPort;

    private string Socket => Path.Join(_root, "egress.sock");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _httpPort = FreePort();
        _httpsPort = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, _httpPort);
            k.Listen(IPAddress.Loopback, _httpsPort, listen => listen.UseHttps(_certificate));
        });
        _site = builder.Build();
        _site.MapGet("/hello", (HttpContext context) =>
        {
            _siteRequests.Enqueue($"{context.Request.Scheme} {context.Request.Path} proxy-headers:{context.Request.Headers.Keys.Count(k => k.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase))}");
            return "hello from the test site";
        });
        _site.MapGet("/big", () => new string('x', PageBytes));
        await _site.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _site!.StopAsync();
        await _site.DisposeAsync();
        _certificate.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Get_PlainHttpToAnAllowedSite_IsForwardedWithoutProxyHeadersAndRecorded()
    {
        await using var proxy = Start(AllowLoopback());
        using var client = Client();

        var body = await client.GetStringAsync(new Uri($"http://127.0.0.1:{_httpPort}/hello"));
        await proxy.DisposeAsync();

        Assert.Equal("hello from the test site", body);
        Assert.Equal(["http /hello proxy-headers:0"], _siteRequests);
        var record = Assert.Single(_records);
        Assert.Equal(("family", "127.0.0.1", _httpPort, "GET", true), (record.Group, record.Host, record.Port, record.Method, record.Allowed));
        Assert.True(record.BytesOut > 0 && record.BytesIn > "hello from the test site".Length, $"{record.BytesOut} out, {record.BytesIn} in");
    }

    [Fact]
    public async Task Get_HttpsThroughConnect_TunnelsEndToEndWithTheSitesOwnCertificate()
    {
        await using var proxy = Start(AllowLoopback());
        using var client = Client();

        var body = await client.GetStringAsync(new Uri($"https://127.0.0.1:{_httpsPort}/hello"));
        client.Dispose();
        await proxy.DisposeAsync();

        Assert.Equal("hello from the test site", body);
        Assert.Equal(["https /hello proxy-headers:0"], _siteRequests);
        var record = Assert.Single(_records);
        Assert.Equal(("CONNECT", _httpsPort, true), (record.Method, record.Port, record.Allowed));
    }

    [Fact]
    public async Task Get_LoopbackWithoutTheExemption_IsRefusedNamingTheRuleAndNothingReachesTheSite()
    {
        await using var proxy = Start(EgressRules.Default with { Ports = new HashSet<int> { _httpPort } });
        using var client = Client();

        using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{_httpPort}/hello"));

        await proxy.DisposeAsync();
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("127.0.0.1 is never reached (loopback)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_siteRequests);
        Assert.Equal("127.0.0.1 is never reached (loopback)", Assert.Single(_records).Refusal);
    }

    [Fact]
    public async Task Get_NameThatResolvesToLoopback_IsRefusedWithoutConnecting()
    {
        await using var proxy = Start(EgressRules.Default with { Ports = new HashSet<int> { _httpPort } });
        using var client = Client();

        using var response = await client.GetAsync(new Uri($"http://intranet.test:{_httpPort}/hello"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("intranet.test resolves to 127.0.0.1, which is never reached (loopback)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_siteRequests);
    }

    [Fact]
    public async Task Get_PastTheRunsByteLimit_IsCutOffAndLaterRequestsAreRefused()
    {
        await using var proxy = Start(AllowLoopback(), EgressLimits.Default with { MaxBytesPerRun = 20_000 });
        using var client = Client();

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetStringAsync(new Uri($"http://127.0.0.1:{_httpPort}/big")));
        using var next = await client.GetAsync(new Uri($"http://127.0.0.1:{_httpPort}/hello"));

        Assert.True(proxy.Bytes is > 20_000 and < PageBytes, $"{proxy.Bytes} bytes");
        Assert.Equal(HttpStatusCode.Forbidden, next.StatusCode);
        Assert.Contains("limit of 20000 bytes is used up", await next.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_NotAnAbsoluteHttpUrl_GetsBadRequest()
    {
        await using var proxy = Start(AllowLoopback());
        using var raw = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await raw.ConnectAsync(new UnixDomainSocketEndPoint(Socket));
        using var stream = new NetworkStream(raw);

        await stream.WriteAsync("GET /relative HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray());
        var answer = await new StreamReader(stream).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400 Bad Request", answer, StringComparison.Ordinal);
        Assert.Contains("only absolute http:// URLs and CONNECT are proxied", answer, StringComparison.Ordinal);
    }

    private EgressRules AllowLoopback() => EgressRules.Default with
    {
        Ports = new HashSet<int> { _httpPort, _httpsPort },
        AllowPrivate = [IPNetwork.Parse("127.0.0.0/8")],
    };

    private EgressProxyServer Start(EgressRules rules, EgressLimits? limits = null) =>
        EgressProxyServer.Start(Socket, new EgressProxyContext(
            "family", rules, limits ?? EgressLimits.Default,
            (host, _) => Task.FromResult(host == "intranet.test" ? new[] { IPAddress.Loopback } : []),
            _records.Enqueue, TimeProvider.System));

    /// <summary>An HttpClient whose proxy is the egress socket, trusting only the test site's certificate.</summary>
    private HttpClient Client()
    {
        var thumbprint = _certificate.GetCertHashString();
        var handler = new SocketsHttpHandler
        {
            Proxy = new WebProxy("http://egress.invalid:3128"),
            UseProxy = true,
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(Socket), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint },
        };
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
