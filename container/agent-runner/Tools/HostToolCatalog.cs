using NanoClaw.AgentRunner.Models;

namespace NanoClaw.AgentRunner.Tools;

/// <summary>The host tools' definitions. <c>register_group</c> and cross-group targets are offered to the main group only.</summary>
public static class HostToolCatalog
{
    private const string TaskId = """{"type":"object","properties":{"task_id":{"type":"string"}},"required":["task_id"]}""";

    public static IEnumerable<ToolDefinition> For(bool isMain)
    {
        yield return new("send_message", "Send a message to this group's chat right away (e.g. progress while working).",
            ToolInput.Schema("""{"type":"object","properties":{"text":{"type":"string"}},"required":["text"]}"""));
        yield return new("schedule_task",
            "Schedule a prompt to run later: cron (5 fields, group time zone), interval (milliseconds) or once (local time, no zone suffix).",
            ToolInput.Schema(isMain ? ScheduleSchema.Replace("%TARGET%", TargetGroup, StringComparison.Ordinal) : ScheduleSchema.Replace("%TARGET%", string.Empty, StringComparison.Ordinal)));
        yield return new("list_tasks", "List the scheduled tasks.", ToolInput.Schema("""{"type":"object","properties":{}}"""));
        yield return new("pause_task", "Pause a scheduled task.", ToolInput.Schema(TaskId));
        yield return new("resume_task", "Resume a paused task.", ToolInput.Schema(TaskId));
        yield return new("cancel_task", "Cancel and delete a scheduled task.", ToolInput.Schema(TaskId));
        yield return new("update_task", "Change a task's prompt or schedule.", ToolInput.Schema("""
            {"type":"object","properties":{"task_id":{"type":"string"},"prompt":{"type":"string"},
             "schedule_type":{"type":"string","enum":["cron","interval","once"]},"schedule_value":{"type":"string"}},
             "required":["task_id"]}
            """));
        if (isMain)
        {
            yield return new("register_group", "Register a chat as a new group with its own folder and memory.", ToolInput.Schema("""
                {"type":"object","properties":{"chat_id":{"type":"string"},"name":{"type":"string"},
                 "folder":{"type":"string","description":"lower-case letters, digits, '-' and '_'"},
                 "trigger":{"type":"string"},"requires_trigger":{"type":"boolean"}},
                 "required":["chat_id","name","folder","trigger"]}
                """));
        }
    }

    private const string TargetGroup = ""","target_group":{"type":"string","description":"Folder of another group to run the task in."}""";

    private const string ScheduleSchema = """
        {"type":"object","properties":{"prompt":{"type":"string"},
         "schedule_type":{"type":"string","enum":["cron","interval","once"]},"schedule_value":{"type":"string"},
         "context_mode":{"type":"string","enum":["group","isolated"],"description":"group: with this chat's history; isolated: fresh."}%TARGET%},
         "required":["prompt","schedule_type","schedule_value"]}
        """;
}
