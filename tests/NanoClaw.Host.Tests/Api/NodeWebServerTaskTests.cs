using System.Net;
using NanoClaw.Host.Api;
using NanoClaw.Host.Api.Contracts;

namespace NanoClaw.Host.Tests.Api;

public sealed class NodeWebServerTaskTests
{
    private const string DailyTask = """{"group":"main","prompt":"Say good morning","scheduleType":"cron","scheduleValue":"0 9 * * *"}""";

    [Fact]
    public async Task PostTasks_ValidBody_Returns201WithTheTaskAndLocation()
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.PostAsync("/api/tasks", ApiResponses.Json(DailyTask));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var task = await response.ReadAsync(ApiJsonContext.Default.TaskView);
        Assert.Equal("main", task.Group);
        Assert.Equal("cron", task.ScheduleType);
        Assert.Equal("0 9 * * *", task.ScheduleValue);
        Assert.Equal("isolated", task.ContextMode);
        Assert.Equal("run-once", task.MisfirePolicy);
        Assert.Equal("active", task.Status);
        Assert.Equal($"/api/tasks/{task.Id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task PostTasks_Always_UsesTheWireNames()
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.PostAsync("/api/tasks", ApiResponses.Json(DailyTask));
        var json = await response.Content.ReadAsStringAsync();

        foreach (var name in new[] { "id", "group", "prompt", "scheduleType", "scheduleValue", "contextMode", "misfirePolicy", "status", "nextRun", "lastRun", "lastResult", "created" })
        {
            Assert.Contains($"\"{name}\":", json, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{"group":"main","prompt":"p","scheduleType":"cron","scheduleValue":"every day"}""", "not a valid cron")]
    [InlineData("""{"group":"nobody","prompt":"p","scheduleType":"interval","scheduleValue":"60000"}""", "no group 'nobody'")]
    [InlineData("""{"group":"main","scheduleType":"interval","scheduleValue":"60000"}""", "are required")]
    [InlineData("""{"group":"main","prompt":"p","scheduleType":"interval"}""", "are required")]
    public async Task PostTasks_Refused_Returns400WithTheReason(string body, string reason)
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.PostAsync("/api/tasks", ApiResponses.Json(body));

        Assert.Contains(reason, await response.ErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Empty(await web.Api.ListTasksAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task GetTasks_GroupQuery_ListsOnlyThatGroupsTasks()
    {
        await using var web = await WebServerFixture.StartAsync();
        await web.Api.RegisterGroupAsync(new("family", "Family", "web:family"), CancellationToken.None);
        await web.Api.CreateTaskAsync(new("main", "a", "interval", "60000"), CancellationToken.None);
        await web.Api.CreateTaskAsync(new("family", "b", "interval", "60000"), CancellationToken.None);

        var all = await (await web.Client.GetAsync("/api/tasks")).ReadAsync(ApiJsonContext.Default.IReadOnlyListTaskView);
        var family = await (await web.Client.GetAsync("/api/tasks?group=family")).ReadAsync(ApiJsonContext.Default.IReadOnlyListTaskView);

        Assert.Equal(2, all.Count);
        Assert.Equal("b", Assert.Single(family).Prompt);
    }

    [Fact]
    public async Task PostPauseResume_ActiveTask_Returns200WithTheNewStatus()
    {
        await using var web = await WebServerFixture.StartAsync();
        var task = await web.Api.CreateTaskAsync(new("main", "a", "interval", "60000"), CancellationToken.None);

        using var paused = await web.Client.PostAsync($"/api/tasks/{task.Id}/pause", null);
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal("paused", (await paused.ReadAsync(ApiJsonContext.Default.TaskView)).Status);

        using var resumed = await web.Client.PostAsync($"/api/tasks/{task.Id}/resume", null);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Equal("active", (await resumed.ReadAsync(ApiJsonContext.Default.TaskView)).Status);
    }

    [Fact]
    public async Task PostResume_ActiveTask_Returns409()
    {
        await using var web = await WebServerFixture.StartAsync();
        var task = await web.Api.CreateTaskAsync(new("main", "a", "interval", "60000"), CancellationToken.None);

        using var response = await web.Client.PostAsync($"/api/tasks/{task.Id}/resume", null);

        Assert.Contains("is active", await response.ErrorAsync(HttpStatusCode.Conflict), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRun_AlreadyRunning_Returns409()
    {
        await using var web = await WebServerFixture.StartAsync();
        var task = await web.Api.CreateTaskAsync(new("main", "a", "interval", "60000"), CancellationToken.None);

        using var first = await web.Client.PostAsync($"/api/tasks/{task.Id}/run", null);
        using var second = await web.Client.PostAsync($"/api/tasks/{task.Id}/run", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("running", await second.ErrorAsync(HttpStatusCode.Conflict), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/api/tasks/task-none/pause")]
    [InlineData("POST", "/api/tasks/task-none/resume")]
    [InlineData("POST", "/api/tasks/task-none/run")]
    [InlineData("DELETE", "/api/tasks/task-none")]
    [InlineData("GET", "/api/tasks/task-none/runs")]
    public async Task TaskRoute_UnknownId_Returns404(string method, string path)
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Contains("no task 'task-none'", await response.ErrorAsync(HttpStatusCode.NotFound), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteTask_Known_Returns204AndForgetsIt()
    {
        await using var web = await WebServerFixture.StartAsync();
        var task = await web.Api.CreateTaskAsync(new("main", "a", "interval", "60000"), CancellationToken.None);

        using var response = await web.Client.DeleteAsync($"/api/tasks/{task.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await web.Api.ListTasksAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task GetRuns_KnownTask_ReturnsTheHistoryWithWireNames()
    {
        await using var web = await WebServerFixture.StartAsync();
        var task = await web.Api.CreateTaskAsync(new("main", "a", "interval", "60000"), CancellationToken.None);
        web.Api.AddRun(task.Id, new TaskRunView(DateTimeOffset.UnixEpoch, 1500, "success", "done", null));
        web.Api.AddRun(task.Id, new TaskRunView(DateTimeOffset.UnixEpoch.AddMinutes(1), null, "interrupted", null, "the node stopped"));

        using var response = await web.Client.GetAsync($"/api/tasks/{task.Id}/runs");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"start\":\"1970-01-01T00:00:00+00:00\",\"durationMs\":1500,\"status\":\"success\",\"result\":\"done\",\"error\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"interrupted\"", json, StringComparison.Ordinal);
    }
}
