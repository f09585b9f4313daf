using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NanoClaw.Host.Api.Contracts;
using NanoClaw.Actors.Scheduling;
using NanoClaw.Host.Tests.Configuration;
using NanoClaw.Host.Tests.Support;

namespace NanoClaw.Host.Tests.EndToEnd;

/// <summary>Scheduled tasks on the real node with real containers and the mock model.</summary>
[Collection(DockerCollection.Name)]
public sealed class TaskEndToEndTests
{
    private const string Chat = "web:main";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [DockerFact]
    public async Task AgentSchedulesTask_RunsAtItsTime_OutputArrivesInTheChat()
    {
        using var temp = new TempDirectory();
        try
        {
            var at = DateTime.UtcNow.AddSeconds(12).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
            Directory.CreateDirectory(Path.Combine(temp.Path, "groups", "main"));
            await File.WriteAllTextAsync(Path.Combine(temp.Path, "groups", "main", "mock-script.json"), $$"""
                {"rules": [{"when": "remind me", "tool": "schedule_task",
                  "input": {"prompt": "say e2e-tick", "schedule_type": "once", "schedule_value": "{{at}}"},
                  "then": "Scheduled: {result}"}]}
                """);
            using var node = await NodeProcess.StartAsync(temp.Path, """
                nanoclaw.timezone = "UTC"
                nanoclaw.model.mock-script = "/workspace/group/mock-script.json"
                """);

            await node.PostAsync(Chat, "please remind me later");
            var scheduled = await node.WaitForReplyAsync(Chat, 1, Timeout);
            var tick = await node.WaitForReplyAsync(Chat, 2, Timeout);
            var task = Assert.Single(await TasksAsync(node));
            var run = await WaitForRunsAsync(node, task.Id, r => r.Count == 1 && r[0].Status != "running");

            Assert.StartsWith("Scheduled: Scheduled task task-", scheduled.Text, StringComparison.Ordinal);
            Assert.Contains(ScheduledPrompt.Prefix, tick.Text, StringComparison.Ordinal);
            Assert.Contains("say e2e-tick", tick.Text, StringComparison.Ordinal);
            Assert.Equal("success", Assert.Single(run).Status);
            Assert.Equal("completed", Assert.Single(await TasksAsync(node)).Status);
            await node.StopAsync();
        }
        finally
        {
            await DockerLeftovers.RemoveForDirectoryAsync(temp.Path);
        }
    }

    [DockerFact]
    public async Task KillDuringTaskRun_TenTimes_EachRunInterruptedOnceAndNeverRepeated()
    {
        using var temp = new TempDirectory();
        try
        {
            var node = await NodeProcess.StartAsync(temp.Path, "nanoclaw.timezone = \"UTC\"");
            var ids = new List<string>();
            for (var kill = 1; kill <= 10; kill++)
            {
                var at = DateTime.UtcNow.AddSeconds(2).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
                var created = await node.Http.PostAsJsonAsync("api/tasks", new CreateTaskRequest("main", $"e2e-crash-task-{kill:00}", "once", at), Json);
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                var id = (await created.Content.ReadFromJsonAsync<TaskView>(Json))!.Id;
                ids.Add(id);
                await WaitForTaskRunAsync(node, id);
                await node.KillAsync();
                var next = await node.RestartAsync();
                node.Dispose();
                node = next;
            }

            foreach (var id in ids)
            {
                var runs = await WaitForRunsAsync(node, id, r => r.Count >= 1);
                Assert.Single(runs);
                Assert.Contains(runs[0].Status, new[] { "interrupted", "success" });
            }

            var transcript = await node.TranscriptAsync(Chat);
            foreach (var kill in Enumerable.Range(1, 10))
            {
                Assert.True(NodeProcess.Replies(transcript).Count(m => m.Text.Contains($"e2e-crash-task-{kill:00}\n", StringComparison.Ordinal)
                    || m.Text.EndsWith($"e2e-crash-task-{kill:00}", StringComparison.Ordinal)) <= 1, $"task {kill} answered twice");
            }

            Assert.All(await TasksAsync(node), t => Assert.Equal("completed", t.Status));
            Assert.Contains(transcript, m => m.Text.Contains("was interrupted when the node stopped", StringComparison.Ordinal));
            await node.StopAsync();
            node.Dispose();
        }
        finally
        {
            await DockerLeftovers.RemoveForDirectoryAsync(temp.Path);
        }
    }

    /// <summary>Waits until the task's container is up, or (when the run was quicker than a look) its run is recorded.</summary>
    private static async Task WaitForTaskRunAsync(NodeProcess node, string id)
    {
        var deadline = DateTimeOffset.UtcNow + Timeout;
        while (!(await node.StatusAsync()).Containers.Any(c => c.Kind == "task")
            && (await node.Http.GetFromJsonAsync<List<TaskRunView>>($"api/tasks/{id}/runs", Json))!.Count == 0)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"task {id} never ran\n{node.Logs}");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    private static async Task<List<TaskView>> TasksAsync(NodeProcess node) =>
        (await node.Http.GetFromJsonAsync<List<TaskView>>("api/tasks", Json))!;

    private static async Task<List<TaskRunView>> WaitForRunsAsync(NodeProcess node, string id, Func<List<TaskRunView>, bool> until)
    {
        var deadline = DateTimeOffset.UtcNow + Timeout;
        while (true)
        {
            var runs = (await node.Http.GetFromJsonAsync<List<TaskRunView>>($"api/tasks/{id}/runs", Json))!;
            if (until(runs))
            {
                return runs;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"runs of {id} did not reach the expected state: {runs.Count}\n{node.Logs}");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
