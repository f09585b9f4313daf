using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NanoClaw.Host.Api;

/// <summary>The routes of <c>/healthz</c> and <c>/api/*</c>; each one hands its work to <see cref="INodeApi"/>.</summary>
internal static class ApiEndpoints
{
    /// <summary>The longest a caller may make <c>GET …/messages</c> wait. The default is 60 seconds.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    private const string WebChatPrefix = "web:";

    public static void Map(IEndpointRouteBuilder routes, INodeApi api)
    {
        routes.MapGet("/healthz", async (CancellationToken cancellationToken) =>
        {
            var report = await api.GetHealthAsync(cancellationToken).ConfigureAwait(false);
            var status = string.Equals(report.Status, "ok", StringComparison.Ordinal) ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
            return Results.Json(report, ApiJsonContext.Default.HealthReport, statusCode: status);
        });
        routes.MapGet("/api/info", () => Results.Json(api.GetInfo(), ApiJsonContext.Default.NodeInfo));
        routes.MapPost("/api/chats/{chatId}/messages", (string chatId, HttpContext context) => PostMessageAsync(api, chatId, context));
        routes.MapGet("/api/chats/{chatId}/messages", (string chatId, HttpContext context) => ReadMessagesAsync(api, chatId, context));
        routes.MapGet("/api/chats", async (CancellationToken cancellationToken) =>
            Results.Json(await api.ListChatsAsync(cancellationToken).ConfigureAwait(false), ApiJsonContext.Default.IReadOnlyListChatView));
        routes.MapGet("/api/groups", async (CancellationToken cancellationToken) =>
            Results.Json(await api.ListGroupsAsync(cancellationToken).ConfigureAwait(false), ApiJsonContext.Default.IReadOnlyListGroupView));
        routes.MapPost("/api/groups", (Delegate)((HttpContext context) => RegisterGroupAsync(api, context)));
        routes.MapPut("/api/groups/{folder}/engine", async (string folder, HttpContext context) =>
        {
            var request = await JsonBody.ReadAsync(context.Request, ApiJsonContext.Default.SetEngineRequest).ConfigureAwait(false);
            var group = await api.SetGroupEngineAsync(folder, request.Engine, context.RequestAborted).ConfigureAwait(false);
            return Results.Json(group, ApiJsonContext.Default.GroupView);
        });
        routes.MapDelete("/api/groups/{folder}", async (string folder, CancellationToken cancellationToken) =>
        {
            await api.RemoveGroupAsync(folder, cancellationToken).ConfigureAwait(false);
            return Results.NoContent();
        });
        routes.MapGet("/api/status", async (CancellationToken cancellationToken) =>
            Results.Json(await api.GetStatusAsync(cancellationToken).ConfigureAwait(false), ApiJsonContext.Default.NodeStatus));
        MapTasks(routes, api);
    }

    private static void MapTasks(IEndpointRouteBuilder routes, INodeApi api)
    {
        routes.MapGet("/api/tasks", async (HttpContext context) =>
        {
            var group = context.Request.Query["group"].ToString();
            var tasks = await api.ListTasksAsync(group.Length == 0 ? null : group, context.RequestAborted).ConfigureAwait(false);
            return Results.Json(tasks, ApiJsonContext.Default.IReadOnlyListTaskView);
        });
        routes.MapPost("/api/tasks", (Delegate)((HttpContext context) => CreateTaskAsync(api, context)));
        routes.MapPost("/api/tasks/{id}/pause", async (string id, CancellationToken cancellationToken) =>
            Results.Json(await api.PauseTaskAsync(id, cancellationToken).ConfigureAwait(false), ApiJsonContext.Default.TaskView));
        routes.MapPost("/api/tasks/{id}/resume", async (string id, CancellationToken cancellationToken) =>
            Results.Json(await api.ResumeTaskAsync(id, cancellationToken).ConfigureAwait(false), ApiJsonContext.Default.TaskView));
        routes.MapPost("/api/tasks/{id}/run", async (string id, CancellationToken cancellationToken) =>
            Results.Json(await api.RunTaskAsync(id, cancellationToken).ConfigureAwait(false), ApiJsonContext.Default.TaskView));
        routes.MapDelete("/api/tasks/{id}", async (string id, CancellationToken cancellationToken) =>
        {
            await api.CancelTaskAsync(id, cancellationToken).ConfigureAwait(false);
            return Results.NoContent();
        });
        routes.MapGet("/api/tasks/{id}/runs", async (string id, CancellationToken cancellationToken) =>
            Results.Json(await api.GetTaskRunsAsync(id, cancellationToken).ConfigureAwait(false), ApiJsonContext.Default.IReadOnlyListTaskRunView));
    }

    private static async Task<IResult> CreateTaskAsync(INodeApi api, HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context.Request, ApiJsonContext.Default.CreateTaskRequest).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(request.Group) || string.IsNullOrWhiteSpace(request.Prompt)
            || string.IsNullOrWhiteSpace(request.ScheduleType) || string.IsNullOrWhiteSpace(request.ScheduleValue))
        {
            throw ApiException.BadRequest("'group', 'prompt', 'scheduleType' and 'scheduleValue' are required");
        }

        var task = await api.CreateTaskAsync(request, context.RequestAborted).ConfigureAwait(false);
        context.Response.Headers.Location = $"/api/tasks/{Uri.EscapeDataString(task.Id)}";
        return Results.Json(task, ApiJsonContext.Default.TaskView, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> PostMessageAsync(INodeApi api, string chatId, HttpContext context)
    {
        if (!chatId.StartsWith(WebChatPrefix, StringComparison.Ordinal))
        {
            throw ApiException.BadRequest("only web chats accept messages through the API");
        }

        var body = await JsonBody.ReadAsync(context.Request, ApiJsonContext.Default.PostMessageRequest).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(body.Text))
        {
            throw ApiException.BadRequest("text is required");
        }

        var request = body with
        {
            Sender = string.IsNullOrWhiteSpace(body.Sender) ? "web-user" : body.Sender,
            SenderName = string.IsNullOrWhiteSpace(body.SenderName) ? "You" : body.SenderName,
            Id = string.IsNullOrWhiteSpace(body.Id) ? null : body.Id,
        };
        var result = await api.PostWebMessageAsync(chatId, request, context.RequestAborted).ConfigureAwait(false);
        return Results.Json(result, ApiJsonContext.Default.PostMessageResult, statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> ReadMessagesAsync(INodeApi api, string chatId, HttpContext context)
    {
        var after = ReadQuery(context.Request, "after", long.Parse) ?? 0;
        var seconds = ReadQuery(context.Request, "wait", double.Parse) ?? 0;
        if (after < 0 || seconds < 0 || double.IsNaN(seconds) || double.IsInfinity(seconds))
        {
            throw ApiException.BadRequest("after and wait must not be negative");
        }

        var wait = TimeSpan.FromSeconds(Math.Min(seconds, MaxWait.TotalSeconds));
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            var page = await api.ReadMessagesAsync(chatId, after, wait, linked.Token).ConfigureAwait(false);
            return Results.Json(page, ApiJsonContext.Default.ChatMessagesPage);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw new ApiException(StatusCodes.Status503ServiceUnavailable, "the node is stopping");
        }
    }

    private static async Task<IResult> RegisterGroupAsync(INodeApi api, HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context.Request, ApiJsonContext.Default.RegisterGroupRequest).ConfigureAwait(false);
        var group = await api.RegisterGroupAsync(request, context.RequestAborted).ConfigureAwait(false);
        context.Response.Headers.Location = $"/api/groups/{Uri.EscapeDataString(group.Folder)}";
        return Results.Json(group, ApiJsonContext.Default.GroupView, statusCode: StatusCodes.Status201Created);
    }

    private static T? ReadQuery<T>(HttpRequest request, string name, Func<string, IFormatProvider, T> parse)
        where T : struct
    {
        var raw = request.Query[name].ToString();
        if (raw.Length == 0)
        {
            return null;
        }

        try
        {
            return parse(raw, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw ApiException.BadRequest($"{name} must be a number, not '{raw}'");
        }
    }
}
