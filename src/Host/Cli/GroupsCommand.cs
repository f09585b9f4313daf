using System.CommandLine;
using NanoClaw.Host.Api.Contracts;

namespace NanoClaw.Host.Cli;

/// <summary><c>nanoclaw groups list|add|remove|engine</c> against the running node.</summary>
internal static class GroupsCommand
{
    public static Command Create(Option<string?> config, Option<string?> url)
    {
        var groups = new Command("groups", "List, register and remove groups on the running node.");
        groups.Options.Add(url);
        groups.Subcommands.Add(CreateList(config, url));
        groups.Subcommands.Add(CreateAdd(config, url));
        groups.Subcommands.Add(CreateRemove(config, url));
        groups.Subcommands.Add(CreateEngine(config, url));
        return groups;
    }

    private static Command CreateList(Option<string?> config, Option<string?> url)
    {
        var list = new Command("list", "List the registered groups.");
        ApiCommandRunner.SetAction(list, config, url, async (client, _, output, cancellationToken) =>
        {
            var groups = await client.ListGroupsAsync(cancellationToken).ConfigureAwait(false);
            var table = new TextTable("FOLDER", "NAME", "CHATS", "TRIGGER", "MAIN", "ENGINE");
            foreach (var group in groups)
            {
                table.Add(
                    group.Folder, group.Name, string.Join(", ", group.Chats), group.RequiresTrigger ? group.Trigger : "(none needed)", group.IsMain ? "yes" : string.Empty,
                    EngineText(group));
            }

            await output.WriteAsync(groups.Count == 0 ? "No groups registered.\n" : table.ToString()).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return list;
    }

    private static Command CreateAdd(Option<string?> config, Option<string?> url)
    {
        var folder = new Option<string>("--folder") { Description = "The group's folder under groups/ (lowercase, digits, dashes)", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name (default: the folder)" };
        var chat = new Option<string>("--chat") { Description = "Chat to wire to the group, <channel>:<id> (e.g. web:family, telegram:-1001)", Required = true };
        var trigger = new Option<string?>("--trigger") { Description = "Word that wakes the assistant (default: @<assistant name>)" };
        var noTrigger = new Option<bool>("--no-trigger-required") { Description = "Answer every message, not only those starting with the trigger" };
        var main = new Option<bool>("--main") { Description = "Make this the main group (the owner's private chat)" };
        var engine = new Option<string?>("--engine") { Description = "Agent engine for this group: claude-code or builtin (default: the node's nanoclaw.agent.engine)" };
        var add = new Command("add", "Register a group, or wire another chat to an existing one.") { folder, name, chat, trigger, noTrigger, main, engine };
        ApiCommandRunner.SetAction(add, config, url, async (client, result, output, cancellationToken) =>
        {
            var request = new RegisterGroupRequest(
                result.GetValue(folder),
                result.GetValue(name),
                result.GetValue(chat),
                result.GetValue(trigger),
                result.GetValue(noTrigger) ? false : null,
                result.GetValue(main),
                result.GetValue(engine));
            var group = await client.RegisterGroupAsync(request, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Registered {group.Folder} ({group.Name}): {string.Join(", ", group.Chats)}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return add;
    }

    private static Command CreateEngine(Option<string?> config, Option<string?> url)
    {
        var folder = new Argument<string>("folder") { Description = "The group's folder" };
        var engine = new Argument<string>("engine") { Description = "claude-code, builtin, or default (the node's nanoclaw.agent.engine)" };
        var command = new Command("engine", "Choose the agent engine a group runs with; takes effect from its next run.") { folder, engine };
        ApiCommandRunner.SetAction(command, config, url, async (client, result, output, cancellationToken) =>
        {
            var chosen = result.GetValue(engine)!;
            var group = await client.SetGroupEngineAsync(result.GetValue(folder)!, chosen == "default" ? null : chosen, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"{group.Folder} runs with {EngineText(group)}.").ConfigureAwait(false);
            if (group.EngineNote is { } note)
            {
                await output.WriteLineAsync($"Note: {note}.").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string EngineText(GroupView group) =>
        group.RequestedEngine is null ? $"{group.Engine} (node default)" : group.Engine;

    private static Command CreateRemove(Option<string?> config, Option<string?> url)
    {
        var folder = new Argument<string>("folder") { Description = "The group's folder" };
        var remove = new Command("remove", "Unregister a group; its folder stays on disk.") { folder };
        ApiCommandRunner.SetAction(remove, config, url, async (client, result, output, cancellationToken) =>
        {
            var name = result.GetValue(folder)!;
            await client.RemoveGroupAsync(name, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Removed {name}; groups/{name} stays on disk.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return remove;
    }
}
