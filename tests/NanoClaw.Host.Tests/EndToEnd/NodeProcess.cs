using System.Globalization;
using System.Net.Http.Json;
using NanoClaw.Host.Api;
using NanoClaw.Host.Api.Contracts;
using NanoClaw.Host.Tests.Cli;

namespace NanoClaw.Host.Tests.EndToEnd;

/// <summary>
/// The real <c>nanoclaw</c> node as a child process in a working directory of its own, with a
/// config override, a free loopback port and no model key (so the mock model answers), and an
/// <see cref="HttpClient"/> for its API. One instance is one run; <see cref="RestartAsync"/> starts
/// the next run in the same directory (same journal, same install id).
/// </summary>
internal sealed class NodeProcess : IDisposable
{
    /// <summary>How long a start may take until <c>/healthz</c> answers ok: a cold .NET start on a busy machine takes seconds.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly NanoClawProcess _process;
    private readonly string _configPath;
    private string? _anthropicKey;

    private NodeProcess(string directory, string configPath, NanoClawProcess process, int port)
    {
        Directory = directory;
        _configPath = configPath;
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(90) };
    }

    public string Directory { get; }

    public HttpClient Http { get; }

    public Uri BaseAddress => Http.BaseAddress!;

    /// <summary>The install id the node labels its containers with (<c>nanoclaw.install=&lt;id&gt;</c>).</summary>
    public string InstallId => File.ReadAllText(Path.Combine(Directory, "data", "install-id")).Trim();

    /// <summary>Standard output and error of this run, for failure messages.</summary>
    public string Logs => string.Join('\n', _process.Output.Concat(["--- stderr ---"]).Concat(_process.Error));

    /// <summary>
    /// Starts a node in <paramref name="directory"/> with <paramref name="config"/> added after the
    /// built-in defaults, and <paramref name="anthropicKey"/> as its ANTHROPIC_API_KEY (none: the mock model).
    /// </summary>
    public static Task<NodeProcess> StartAsync(string directory, string config = "", string? anthropicKey = null)
    {
        var configPath = Path.Combine(directory, "node.conf");
        File.WriteAllText(configPath, "include classpath(\"HOCON.conf\")\n" + config + "\n");
        return LaunchAsync(directory, configPath, anthropicKey);
    }

    /// <summary>Starts the next run in the same directory, on a fresh port; this run must have exited.</summary>
    public Task<NodeProcess> RestartAsync()
    {
        if (!_process.HasExited)
        {
            throw new InvalidOperationException("the node still runs; stop or kill it first");
        }

        return LaunchAsync(Directory, _configPath, _anthropicKey);
    }

    /// <summary>SIGTERM, as a service manager stops it; asserts the clean exit.</summary>
    public async Task StopAsync()
    {
        await _process.SignalAsync("TERM");
        await _process.WaitForExitAsync(StopTimeout);
        Assert.True(_process.ExitCode == 0, $"exit code {_process.ExitCode}\n{Logs}");
    }

    /// <summary>SIGKILL: no shutdown code runs, containers are left behind for the next start's orphan cleanup.</summary>
    public async Task KillAsync()
    {
        await _process.SignalAsync("KILL");
        await _process.WaitForExitAsync(StopTimeout);
    }

    /// <summary>Posts a message to a web chat and returns the stored message's id (asserting 202).</summary>
    public async Task<string> PostAsync(string chatId, string text, string? id = null, CancellationToken cancellationToken = default)
    {
        using var response = await Http.PostAsJsonAsync(
            MessagesPath(chatId), new PostMessageRequest(text, null, null, id), ApiJsonContext.Default.PostMessageRequest, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"POST {chatId}: {(int)response.StatusCode} {body}");
        return System.Text.Json.JsonSerializer.Deserialize(body, ApiJsonContext.Default.PostMessageResult)!.Id;
    }

    /// <summary>One read of the chat after <paramref name="after"/>, waiting up to <paramref name="wait"/> for news.</summary>
    public async Task<ChatMessagesPage> ReadAsync(string chatId, long after, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        var seconds = wait.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        var page = await Http.GetFromJsonAsync(
            $"{MessagesPath(chatId)}?after={after}&wait={seconds}", ApiJsonContext.Default.ChatMessagesPage, cancellationToken);
        return page!;
    }

    /// <summary>The whole transcript of the chat as the node has it now.</summary>
    public async Task<IReadOnlyList<ChatMessageView>> TranscriptAsync(string chatId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(chatId, 0, TimeSpan.Zero, cancellationToken)).Messages;

    /// <summary>
    /// Long-polls the chat from its start until <paramref name="until"/> holds for the transcript,
    /// and returns that transcript; fails with the node's log after <paramref name="timeout"/>.
    /// </summary>
    public async Task<IReadOnlyList<ChatMessageView>> WaitForTranscriptAsync(
        string chatId, Func<IReadOnlyList<ChatMessageView>, bool> until, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var messages = new List<ChatMessageView>();
        long cursor = 0;
        try
        {
            while (!until(messages))
            {
                var page = await ReadAsync(chatId, cursor, TimeSpan.FromSeconds(10), deadline.Token);
                messages.AddRange(page.Messages);
                cursor = page.Cursor;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"{chatId} did not reach the expected state within {timeout}; it has:\n"
                + string.Join('\n', messages.Select(m => $"{m.Direction} {m.Id}: {m.Text}")) + $"\n--- node log ---\n{Logs}");
        }

        return messages;
    }

    /// <summary>Waits until the chat holds at least <paramref name="count"/> replies and returns the <paramref name="count"/>-th.</summary>
    public async Task<ChatMessageView> WaitForReplyAsync(string chatId, int count, TimeSpan timeout)
    {
        var messages = await WaitForTranscriptAsync(chatId, m => Replies(m).Count() >= count, timeout);
        return Replies(messages).ElementAt(count - 1);
    }

    public async Task<NodeStatus> StatusAsync() =>
        (await Http.GetFromJsonAsync("api/status", ApiJsonContext.Default.NodeStatus))!;

    /// <summary>Polls <c>/api/status</c> until <paramref name="until"/> holds; fails after <paramref name="timeout"/>.</summary>
    public async Task<NodeStatus> WaitForStatusAsync(Func<NodeStatus, bool> until, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var status = await StatusAsync();
            if (until(status))
            {
                return status;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"status did not reach the expected state within {timeout}: "
                + string.Join(", ", status.Containers.Select(c => $"{c.RunId} {c.State}")) + $"\n--- node log ---\n{Logs}");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    public static IEnumerable<ChatMessageView> Replies(IEnumerable<ChatMessageView> messages) =>
        messages.Where(m => m.Direction == "out");

    public void Dispose()
    {
        Http.Dispose();
        _process.Dispose();
    }

    private static string MessagesPath(string chatId) => $"api/chats/{Uri.EscapeDataString(chatId)}/messages";

    private static async Task<NodeProcess> LaunchAsync(string directory, string configPath, string? anthropicKey)
    {
        var port = FreePort.Next();
        var environment = new Dictionary<string, string?>
        {
            ["NANOCLAW_HTTP_PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["ANTHROPIC_API_KEY"] = anthropicKey,
            ["OPENAI_API_KEY"] = null,
            ["NANOCLAW_ADMIN_TOKEN"] = null,
        };
        var node = new NodeProcess(directory, configPath, NanoClawProcess.Start(directory, environment, "run", "--config", configPath), port)
        {
            _anthropicKey = anthropicKey,
        };
        try
        {
            await node.WaitForHealthAsync();
            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    private async Task WaitForHealthAsync()
    {
        var deadline = DateTimeOffset.UtcNow + StartTimeout;
        while (true)
        {
            Assert.False(_process.HasExited, $"the node exited while starting\n{Logs}");
            try
            {
                using var response = await Http.GetAsync("healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"/healthz did not answer ok within {StartTimeout}\n{Logs}");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
