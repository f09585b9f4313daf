using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using NanoClaw.Containers.Docker;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// The real <c>nanoclaw</c> binary as a child process on a free loopback port, in a temporary
/// working directory, with the mock model (or what <c>settings</c> choose) and a configuration that
/// keeps containers warm for 10 minutes. Stopping it sends SIGTERM and then checks that none of its
/// containers is left.
/// </summary>
internal sealed class E2eNodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private E2eNodeProcess(Process process, string root, int port)
    {
        _process = process;
        Root = root;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(90) };
    }

    public string Root { get; }

    public HttpClient Http { get; }

    /// <summary>What the node printed, for error messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <param name="cancellationToken">Stops waiting for the node to become healthy.</param>
    /// <param name="settings">HOCON lines added to the configuration.</param>
    /// <param name="anthropicKey">The key the node's model proxy sends upstream; none means the mock model.</param>
    public static async Task<E2eNodeProcess> StartAsync(CancellationToken cancellationToken, string settings = "", string anthropicKey = "")
    {
        var binary = LocateBinary();
        var root = Directory.CreateTempSubdirectory("nanoclaw-bench-node-").FullName;
        var config = Path.Join(root, "bench.conf");
        await File.WriteAllTextAsync(config, $"include classpath(\"HOCON.conf\")\nnanoclaw.containers.idle-timeout = 10m\n{settings}\n", cancellationToken);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { binary, "--config", config },
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NANOCLAW_HTTP_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment["ANTHROPIC_API_KEY"] = anthropicKey;
        start.Environment["OPENAI_API_KEY"] = "";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the node");
        var node = new E2eNodeProcess(process, root, port);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the node exited with {process.ExitCode}:\n{node.Log}");
            }

            try
            {
                using var response = await node.Http.GetAsync("healthz", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return node;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(120))
            {
                await node.DisposeAsync();
                throw new TimeoutException($"the node did not become healthy within 120 s:\n{node.Log}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Registers a web group that answers every message.</summary>
    public async Task RegisterWebGroupAsync(string folder, string chat, CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsJsonAsync("api/groups", new { folder, name = folder, chat, requiresTrigger = false }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/groups {folder}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    /// <summary>The chat's cursor now, so that the next read returns only what comes after it.</summary>
    public async Task<long> CursorAsync(string chat, CancellationToken cancellationToken)
    {
        using var page = await ReadAsync(chat, 0, 0, cancellationToken);
        return page.RootElement.GetProperty("cursor").GetInt64();
    }

    /// <summary>Posts a message and long-polls until a reply is readable; returns the milliseconds in between and the new cursor.</summary>
    public async Task<(double Ms, long Cursor)> SendAndAwaitReplyAsync(string chat, string text, long cursor, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using (var posted = await Http.PostAsJsonAsync($"api/chats/{chat}/messages", new { text }, cancellationToken))
        {
            if (!posted.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"POST {chat}: {(int)posted.StatusCode} {await posted.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        while (true)
        {
            using var page = await ReadAsync(chat, cursor, 60, cancellationToken);
            cursor = page.RootElement.GetProperty("cursor").GetInt64();
            foreach (var message in page.RootElement.GetProperty("messages").EnumerateArray())
            {
                if (message.GetProperty("direction").GetString() == "out")
                {
                    return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, cursor);
                }
            }

            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(120))
            {
                throw new TimeoutException($"no reply in {chat} within 120 s:\n{Log}");
            }
        }
    }

    /// <summary>Milliseconds for one GET /healthz.</summary>
    public async Task<double> HealthRoundTripAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await Http.GetAsync("healthz", cancellationToken);
        _ = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>SIGTERM, wait for the exit, then make sure no container of this install is left (removing any that are).</summary>
    public async ValueTask DisposeAsync()
    {
        var installId = ReadInstallId();
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        Leftovers = 0;
        if (installId is not null)
        {
            using var docker = DockerClient.FromEnvironment();
            var left = await docker.ListContainersAsync([$"nanoclaw.install={installId}"]);
            Leftovers = left.Count;
            foreach (var container in left)
            {
                await docker.RemoveContainerAsync(container.Id, force: true);
            }
        }

        ExitCode = _process.ExitCode;
        _process.Dispose();
        Http.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    /// <summary>Containers of this node still present after it stopped (found and removed by <see cref="DisposeAsync"/>).</summary>
    public int Leftovers { get; private set; }

    public int ExitCode { get; private set; }

    private async Task<JsonDocument> ReadAsync(string chat, long after, int waitSeconds, CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync(
            string.Create(CultureInfo.InvariantCulture, $"api/chats/{chat}/messages?after={after}&wait={waitSeconds}"), cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
    }

    private string? ReadInstallId()
    {
        var path = Path.Join(Root, "data", "install-id");
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary><c>NANOCLAW_BIN</c>, else the Host project's Release output found by walking up to the repository root.</summary>
    private static string LocateBinary()
    {
        if (Environment.GetEnvironmentVariable("NANOCLAW_BIN") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "NanoClaw.sln")))
            {
                var candidate = Path.Join(dir.FullName, "src", "Host", "bin", "Release", "net10.0", "nanoclaw.dll");
                return File.Exists(candidate)
                    ? candidate
                    : throw new FileNotFoundException($"build the node first (dotnet build -c Release src/Host): {candidate}");
            }
        }

        throw new FileNotFoundException("the repository root (NanoClaw.sln) was not found above the bench; set NANOCLAW_BIN");
    }
}
