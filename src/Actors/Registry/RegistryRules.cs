using System.Text.RegularExpressions;
using NanoClaw.AgentProtocol;
using NanoClaw.Containers.Mounts;

namespace NanoClaw.Actors.Registry;

/// <summary>What a registration must satisfy; each problem is one sentence for the user.</summary>
public static partial class RegistryRules
{
    /// <summary>The chat channels a chat id may name.</summary>
    public static readonly IReadOnlyList<string> Channels = ["web", "telegram", "slack", "discord", "whatsapp"];

    [GeneratedRegex("^(?<channel>[a-z]+):(?<id>[^\\s]{1,200})$", RegexOptions.CultureInvariant)]
    private static partial Regex ChatIdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex WebNamePattern();

    /// <summary>Why <paramref name="chatId"/> is not a usable chat id, or null.</summary>
    public static string? ChatProblem(string? chatId)
    {
        if (string.IsNullOrWhiteSpace(chatId))
        {
            return "the chat id is empty (expected <channel>:<id>, e.g. web:main or telegram:123)";
        }

        var match = ChatIdPattern().Match(chatId);
        if (!match.Success || !Channels.Contains(match.Groups["channel"].Value))
        {
            return $"chat id '{chatId}' must be <channel>:<id> with channel one of {string.Join(", ", Channels)}";
        }

        return match.Groups["channel"].Value == "web" && !WebNamePattern().IsMatch(match.Groups["id"].Value)
            ? $"web chat '{chatId}' must be web:<name> with letters, digits, '_' or '-' (at most 64)"
            : null;
    }

    /// <summary>Why <paramref name="engine"/> is not an engine a group may ask for (null is: the node's default), or null.</summary>
    public static string? EngineProblem(string? engine) =>
        engine is null || AgentEngines.All.Contains(engine)
            ? null
            : $"engine '{engine}' is not known (expected {string.Join(" or ", AgentEngines.All.Order(StringComparer.Ordinal))}, or none for the node's default)";

    /// <summary>Why the registration cannot happen in <paramref name="view"/>, or null.</summary>
    public static string? Problem(RegisterGroup request, RegistryView view)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(view);
        if (GroupFolder.Problem(request.Folder) is { } folderProblem)
        {
            return folderProblem;
        }

        if (ChatProblem(request.Chat) is { } chatProblem)
        {
            return chatProblem;
        }

        if (view.ChatToFolder.TryGetValue(request.Chat, out var owner) && owner != request.Folder)
        {
            return $"chat '{request.Chat}' is already wired to group '{owner}'";
        }

        if (request.Trigger is { } trigger && (string.IsNullOrWhiteSpace(trigger) || trigger.Trim().Length > 64))
        {
            return "the trigger must be 1 to 64 characters";
        }

        if (EngineProblem(request.Engine) is { } engineProblem)
        {
            return engineProblem;
        }

        var existing = view.Groups.GetValueOrDefault(request.Folder);
        if (existing is not null && existing.IsMain != request.IsMain)
        {
            return $"group '{request.Folder}' already exists as a {(existing.IsMain ? "main" : "non-main")} group";
        }

        return existing is null && request.IsMain && view.Main is { } main
            ? $"there is already a main group ('{main.Folder}'); there can be only one"
            : null;
    }
}
