using System.Collections.Frozen;
using System.Text.Json.Serialization.Metadata;

namespace NanoClaw.Actors.Persistence;

/// <summary>
/// The one table of persisted types and their manifests. A manifest, once written, is forever:
/// rename a type and keep its manifest; a changed shape gets a new manifest (<c>.v2</c>) and the old
/// one stays readable. Adding an optional property with a default is safe without a new manifest.
/// </summary>
internal static class PersistedManifests
{
    private static readonly PersistedJsonContext Json = PersistedJsonContext.Default;

    private static readonly (string Manifest, JsonTypeInfo Info)[] Table =
    [
        ("registry.group-registered.v1", Json.GroupRegistered),
        ("registry.chat-wired.v1", Json.ChatWired),
        ("registry.group-removed.v1", Json.GroupRemoved),
        ("registry.chat-recorded.v1", Json.ChatRecorded),
        ("registry.group-engine-set.v1", Json.GroupEngineSet),
        ("registry.snapshot.v1", Json.RegistrySnapshot),
        ("group.message-stored.v1", Json.MessageStored),
        ("group.session-changed.v1", Json.SessionChanged),
        ("group.reply-produced.v1", Json.ReplyProduced),
        ("group.reply-delivered.v1", Json.ReplyDelivered),
        ("group.cursor-advanced.v1", Json.CursorAdvanced),
        ("group.snapshot.v1", Json.GroupSnapshot),
        ("groups.group-woke.v1", Json.GroupWoke),
        ("groups.group-slept.v1", Json.GroupSlept),
        ("groups.snapshot.v1", Json.GroupsSnapshot),
        ("scheduler.task-saved.v1", Json.TaskSaved),
        ("scheduler.task-deleted.v1", Json.TaskDeleted),
        ("scheduler.run-started.v1", Json.TaskRunStarted),
        ("scheduler.run-ended.v1", Json.TaskRunEnded),
        ("scheduler.snapshot.v1", Json.SchedulerSnapshot),
    ];

    public static readonly FrozenDictionary<string, JsonTypeInfo> ByManifest =
        Table.ToFrozenDictionary(e => e.Manifest, e => e.Info, StringComparer.Ordinal);

    public static readonly FrozenDictionary<Type, string> ByType =
        Table.ToFrozenDictionary(e => e.Info.Type, e => e.Manifest);
}
