using System.Text.Json;
using Akka.Actor;
using NanoClaw.Containers.Agent.Tools;
using NanoClaw.Actors.Groups;
using NanoClaw.Actors.Registry;

namespace NanoClaw.Actors.Node;

/// <summary>
/// Carries out the host tools the registry and groups answer: <c>send_message</c> (through the
/// target group's outbox, so it is delivered once and shows in the transcript) and
/// <c>register_group</c>. Calls reach it only through <see cref="AuthorizingHostToolHandler"/>; the
/// checks here are the ones that need the registry (the caller's other chats, unknown chats).
/// Task tools go to <see cref="Tasks"/>, or are refused while no scheduler runs.
/// </summary>
public sealed class NodeToolHandler(GroupDirectory directory, IActorRef registry) : IHostToolHandler
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Handles the task tools, once a scheduler is attached.</summary>
    public IHostToolHandler? Tasks { get; set; }

    public async Task<HostToolResult> HandleAsync(HostToolRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Name switch
        {
            HostToolNames.SendMessage => await SendAsync(request, cancellationToken).ConfigureAwait(false),
            HostToolNames.RegisterGroup => await RegisterAsync(request.Arguments, cancellationToken).ConfigureAwait(false),
            _ when Tasks is { } tasks => await tasks.HandleAsync(request, cancellationToken).ConfigureAwait(false),
            _ => HostToolResult.Refused($"'{request.Name}' needs the task scheduler, which is not running on this node."),
        };
    }

    private async Task<HostToolResult> SendAsync(HostToolRequest request, CancellationToken cancellationToken)
    {
        var view = directory.View;
        var caller = view.Groups.GetValueOrDefault(request.Caller.GroupFolder);
        var chat = ToolArguments.String(request.Arguments, "chat_id") ?? caller?.PrimaryChat ?? request.Caller.ChatId;
        var target = view.GroupOf(chat);
        if (target is null)
        {
            return HostToolResult.Refused($"Chat '{chat}' is not registered.");
        }

        if (!request.Caller.IsMain && target.Folder != request.Caller.GroupFolder)
        {
            return HostToolResult.Refused("This group may only send messages to its own chats.");
        }

        if (directory.Group(target.Folder) is not { } actor)
        {
            return HostToolResult.Refused($"Group '{target.Folder}' is not running.");
        }

        var text = ToolArguments.String(request.Arguments, "text")!;
        await actor.Ask<MessageAccepted>(new SendToChat(chat, text), AskTimeout, cancellationToken).ConfigureAwait(false);
        return HostToolResult.Ok($"Message sent to {chat}.");
    }

    private async Task<HostToolResult> RegisterAsync(JsonElement args, CancellationToken cancellationToken)
    {
        var requiresTrigger = !args.TryGetProperty("requires_trigger", out var flag) || flag.ValueKind != JsonValueKind.False;
        var request = new RegisterGroup(
            ToolArguments.String(args, "folder") ?? "",
            ToolArguments.String(args, "name") ?? "",
            ToolArguments.String(args, "chat_id") ?? "",
            ToolArguments.String(args, "trigger"),
            requiresTrigger,
            IsMain: false);
        var result = await registry.Ask<RegistryResult>(request, AskTimeout, cancellationToken).ConfigureAwait(false);
        return result.Group is { } group
            ? HostToolResult.Ok($"Group '{group.Folder}' is registered for {string.Join(", ", group.Chats)}.")
            : HostToolResult.Refused(result.Error ?? "The group was not registered.");
    }
}
