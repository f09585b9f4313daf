using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NanoClaw.Host.Api;
using NanoClaw.Host.Api.Contracts;

namespace NanoClaw.Host.Cli;

/// <summary>
/// The command line's way to a running node: the JSON API over HTTP. Refusals come back as
/// <see cref="ApiException"/>; a node that does not answer as <see cref="NodeUnavailableException"/>.
/// </summary>
public sealed class NodeApiClient : IDisposable
{
    private readonly HttpClient _http;

    public NodeApiClient(Uri baseAddress, string? adminToken)
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        if (!string.IsNullOrWhiteSpace(adminToken))
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        }
    }

    public Uri BaseAddress => _http.BaseAddress!;

    public Task<NodeInfo> GetInfoAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "api/info", null, ApiJsonContext.Default.NodeInfo, cancellationToken);

    public Task<PostMessageResult> PostMessageAsync(string chatId, PostMessageRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"api/chats/{Uri.EscapeDataString(chatId)}/messages",
            JsonContent.Create(request, ApiJsonContext.Default.PostMessageRequest), ApiJsonContext.Default.PostMessageResult, cancellationToken);

    public Task<ChatMessagesPage> ReadMessagesAsync(string chatId, long after, TimeSpan wait, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get,
            string.Create(CultureInfo.InvariantCulture, $"api/chats/{Uri.EscapeDataString(chatId)}/messages?after={after}&wait={wait.TotalSeconds:0.###}"),
            null, ApiJsonContext.Default.ChatMessagesPage, cancellationToken);

    public Task<IReadOnlyList<GroupView>> ListGroupsAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "api/groups", null, ApiJsonContext.Default.IReadOnlyListGroupView, cancellationToken);

    public Task<GroupView> RegisterGroupAsync(RegisterGroupRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "api/groups",
            JsonContent.Create(request, ApiJsonContext.Default.RegisterGroupRequest), ApiJsonContext.Default.GroupView, cancellationToken);

    public Task<GroupView> SetGroupEngineAsync(string folder, string? engine, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"api/groups/{Uri.EscapeDataString(folder)}/engine",
            JsonContent.Create(new SetEngineRequest(engine), ApiJsonContext.Default.SetEngineRequest), ApiJsonContext.Default.GroupView, cancellationToken);

    public Task RemoveGroupAsync(string folder, CancellationToken cancellationToken) =>
        SendAsync<ApiError>(HttpMethod.Delete, $"api/groups/{Uri.EscapeDataString(folder)}", null, null, cancellationToken);

    public Task<NodeStatus> GetStatusAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "api/status", null, ApiJsonContext.Default.NodeStatus, cancellationToken);

    public Task<IReadOnlyList<TaskView>> ListTasksAsync(string? group, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, group is null ? "api/tasks" : $"api/tasks?group={Uri.EscapeDataString(group)}",
            null, ApiJsonContext.Default.IReadOnlyListTaskView, cancellationToken);

    public Task<TaskView> CreateTaskAsync(CreateTaskRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "api/tasks",
            JsonContent.Create(request, ApiJsonContext.Default.CreateTaskRequest), ApiJsonContext.Default.TaskView, cancellationToken);

    /// <summary>Posts <c>pause</c>, <c>resume</c> or <c>run</c> to the task.</summary>
    public Task<TaskView> ChangeTaskAsync(string id, string action, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"api/tasks/{Uri.EscapeDataString(id)}/{action}", null, ApiJsonContext.Default.TaskView, cancellationToken);

    public Task CancelTaskAsync(string id, CancellationToken cancellationToken) =>
        SendAsync<ApiError>(HttpMethod.Delete, $"api/tasks/{Uri.EscapeDataString(id)}", null, null, cancellationToken);

    public Task<IReadOnlyList<TaskRunView>> GetTaskRunsAsync(string id, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"api/tasks/{Uri.EscapeDataString(id)}/runs", null, ApiJsonContext.Default.IReadOnlyListTaskRunView, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<T> SendAsync<T>(
        HttpMethod method, string path, HttpContent? content, JsonTypeInfo<T>? typeInfo, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException || e.HttpRequestError == HttpRequestError.ConnectionError)
        {
            throw NodeUnavailableException.At(BaseAddress, e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new ApiException((int)response.StatusCode, await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false));
            }

            return typeInfo is null
                ? default!
                : await response.Content.ReadFromJsonAsync(typeInfo, cancellationToken).ConfigureAwait(false)
                    ?? throw new ApiException(502, $"the node answered {path} with an empty body");
        }
    }

    private static async Task<string> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (JsonSerializer.Deserialize(body, ApiJsonContext.Default.ApiError) is { Error: { Length: > 0 } error })
            {
                return error;
            }
        }
        catch (JsonException)
        {
            // Not the API's error shape; the status line says enough.
        }

        return $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
    }
}
