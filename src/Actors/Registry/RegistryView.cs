using System.Collections.Immutable;

namespace NanoClaw.Actors.Registry;

/// <summary>
/// The registry's state, immutable: who reads it (the inbound router, the API) never waits for the
/// registry actor. Every change makes a new view.
/// </summary>
public sealed record RegistryView(
    ImmutableSortedDictionary<string, RegisteredGroup> Groups,
    ImmutableDictionary<string, string> ChatToFolder,
    ImmutableSortedDictionary<string, SeenChat> SeenChats)
{
    public static RegistryView Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, RegisteredGroup>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, string>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, SeenChat>(StringComparer.Ordinal));

    /// <summary>The main group, if one is registered.</summary>
    public RegisteredGroup? Main => Groups.Values.FirstOrDefault(g => g.IsMain);

    /// <summary>The group a chat is wired to, or null.</summary>
    public RegisteredGroup? GroupOf(string chatId) =>
        ChatToFolder.TryGetValue(chatId, out var folder) && Groups.TryGetValue(folder, out var group) ? group : null;

    public RegistryView Apply(object @event) => @event switch
    {
        GroupRegistered e => this with
        {
            Groups = Groups.SetItem(e.Group.Folder, e.Group),
            ChatToFolder = ChatToFolder.SetItems(e.Group.Chats.Select(c => KeyValuePair.Create(c, e.Group.Folder))),
        },
        ChatWired e when Groups.TryGetValue(e.Folder, out var group) => this with
        {
            Groups = Groups.SetItem(e.Folder, group with { Chats = [.. group.Chats, e.ChatId] }),
            ChatToFolder = ChatToFolder.SetItem(e.ChatId, e.Folder),
        },
        GroupRemoved e when Groups.TryGetValue(e.Folder, out var group) => this with
        {
            Groups = Groups.Remove(e.Folder),
            ChatToFolder = ChatToFolder.RemoveRange(group.Chats),
        },
        GroupEngineSet e when Groups.TryGetValue(e.Folder, out var group) => this with
        {
            Groups = Groups.SetItem(e.Folder, group with { Engine = e.Engine }),
        },
        ChatRecorded e => this with { SeenChats = SeenChats.SetItem(e.Chat.ChatId, e.Chat) },
        _ => this,
    };
}
