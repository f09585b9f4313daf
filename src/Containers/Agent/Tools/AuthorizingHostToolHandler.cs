using System.Text.RegularExpressions;

namespace NanoClaw.Containers.Agent.Tools;

/// <summary>
/// Validates and authorizes host tool calls before the inner handler sees them. The rules: a
/// non-main group may only message its own chat and manage its own tasks; <c>register_group</c>
/// is for the main group only; folders are plain names, never paths.
/// </summary>
public sealed partial class AuthorizingHostToolHandler : IHostToolHandler
{
    private static readonly string[] ScheduleTypes = ["cron", "interval", "once"];
    private static readonly string[] ContextModes = ["group", "isolated"];

    private readonly IHostToolHandler _inner;
    private readonly ITaskOwnerLookup _owners;

    public AuthorizingHostToolHandler(IHostToolHandler inner, ITaskOwnerLookup owners)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(owners);
        _inner = inner;
        _owners = owners;
    }

    public async Task<HostToolResult> HandleAsync(HostToolRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var refusal = request.Name switch
        {
            HostToolNames.SendMessage => CheckSendMessage(request),
            HostToolNames.ScheduleTask => CheckScheduleTask(request),
            HostToolNames.ListTasks => null,
            HostToolNames.RegisterGroup => CheckRegisterGroup(request),
            _ when HostToolNames.TaskScoped.Contains(request.Name) =>
                await CheckTaskScopedAsync(request, cancellationToken).ConfigureAwait(false),
            _ => $"Unknown host tool '{request.Name}'.",
        };
        return refusal is null
            ? await _inner.HandleAsync(request, cancellationToken).ConfigureAwait(false)
            : HostToolResult.Refused(refusal);
    }

    private static string? CheckSendMessage(HostToolRequest request)
    {
        if (ToolArguments.String(request.Arguments, "text") is null)
        {
            return "send_message needs a non-empty 'text'.";
        }

        var target = ToolArguments.String(request.Arguments, "chat_id");
        return target is not null && !request.Caller.IsMain && target != request.Caller.ChatId
            ? "This group may only send messages to its own chat."
            : null;
    }

    private static string? CheckScheduleTask(HostToolRequest request)
    {
        var args = request.Arguments;
        if (ToolArguments.String(args, "prompt") is null || ToolArguments.String(args, "schedule_value") is null)
        {
            return "schedule_task needs 'prompt', 'schedule_type' and 'schedule_value'.";
        }

        var typeProblem = CheckChoice(args, "schedule_type", ScheduleTypes, required: true);
        if (typeProblem is not null)
        {
            return typeProblem;
        }

        var modeProblem = CheckChoice(args, "context_mode", ContextModes, required: false);
        if (modeProblem is not null)
        {
            return modeProblem;
        }

        var target = ToolArguments.String(args, "target_group");
        return target is not null && !request.Caller.IsMain && target != request.Caller.GroupFolder
            ? "Only the main group may schedule tasks for another group."
            : null;
    }

    private async Task<string?> CheckTaskScopedAsync(HostToolRequest request, CancellationToken cancellationToken)
    {
        var taskId = ToolArguments.String(request.Arguments, "task_id");
        if (taskId is null)
        {
            return $"{request.Name} needs a 'task_id'.";
        }

        if (request.Name == HostToolNames.UpdateTask)
        {
            var problem = CheckUpdate(request);
            if (problem is not null)
            {
                return problem;
            }
        }

        var owner = await _owners.FindOwnerFolderAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (owner is null || (!request.Caller.IsMain && owner != request.Caller.GroupFolder))
        {
            // Same answer for "absent" and "someone else's": a group learns nothing about other groups' tasks.
            return $"Task '{taskId}' not found.";
        }

        return null;
    }

    private static string? CheckUpdate(HostToolRequest request)
    {
        var args = request.Arguments;
        if (!ToolArguments.Has(args, "prompt") && !ToolArguments.Has(args, "schedule_type") && !ToolArguments.Has(args, "schedule_value"))
        {
            return "update_task needs at least one of 'prompt', 'schedule_type', 'schedule_value'.";
        }

        return CheckChoice(args, "schedule_type", ScheduleTypes, required: false);
    }

    private static string? CheckRegisterGroup(HostToolRequest request)
    {
        if (!request.Caller.IsMain)
        {
            return "Only the main group may register groups.";
        }

        var args = request.Arguments;
        if (ToolArguments.String(args, "chat_id") is null || ToolArguments.String(args, "name") is null
            || ToolArguments.String(args, "trigger") is null)
        {
            return "register_group needs 'chat_id', 'name', 'folder' and 'trigger'.";
        }

        var folder = ToolArguments.String(args, "folder");
        return folder is null || !FolderName().IsMatch(folder)
            ? "register_group needs a 'folder' of lower-case letters, digits, '-' and '_' (no paths)."
            : null;
    }

    private static string? CheckChoice(System.Text.Json.JsonElement args, string name, string[] allowed, bool required)
    {
        var value = ToolArguments.String(args, name);
        if (value is null)
        {
            return required || ToolArguments.Has(args, name) ? $"'{name}' must be one of {string.Join(", ", allowed)}." : null;
        }

        return Array.IndexOf(allowed, value) < 0 ? $"'{name}' must be one of {string.Join(", ", allowed)}." : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex FolderName();
}
