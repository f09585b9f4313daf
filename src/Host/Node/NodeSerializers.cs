using NanoClaw.Actors.Persistence.Serialization;
using NanoClaw.Host.Groups;
using NanoClaw.Host.Registry;
using NanoClaw.Host.Tasks;

namespace NanoClaw.Host.Node;

/// <summary>The node's persisted types and their manifests. A manifest, once written, is forever.</summary>
public static class NodeSerializers
{
    public static SerializerRegistry Create() => new SerializerRegistry()
        .Register<GroupRegistered>("registry.group-registered.v1")
        .Register<ChatWired>("registry.chat-wired.v1")
        .Register<GroupRemoved>("registry.group-removed.v1")
        .Register<ChatRecorded>("registry.chat-recorded.v1")
        .Register<RegistrySnapshot>("registry.snapshot.v1")
        .Register<MessageStored>("group.message-stored.v1")
        .Register<SessionChanged>("group.session-changed.v1")
        .Register<ReplyProduced>("group.reply-produced.v1")
        .Register<ReplyDelivered>("group.reply-delivered.v1")
        .Register<CursorAdvanced>("group.cursor-advanced.v1")
        .Register<GroupSnapshot>("group.snapshot.v1")
        .Register<TaskSaved>("scheduler.task-saved.v1")
        .Register<TaskDeleted>("scheduler.task-deleted.v1")
        .Register<TaskRunStarted>("scheduler.run-started.v1")
        .Register<TaskRunEnded>("scheduler.run-ended.v1")
        .Register<SchedulerSnapshot>("scheduler.snapshot.v1");
}
