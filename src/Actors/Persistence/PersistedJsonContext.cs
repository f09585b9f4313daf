using System.Text.Json;
using System.Text.Json.Serialization;
using NanoClaw.Actors.Groups;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Tasks;

namespace NanoClaw.Actors.Persistence;

/// <summary>The journal's JSON: camelCase, enums by name, source-generated for every persisted type.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GroupRegistered))]
[JsonSerializable(typeof(ChatWired))]
[JsonSerializable(typeof(GroupEngineSet))]
[JsonSerializable(typeof(GroupRemoved))]
[JsonSerializable(typeof(ChatRecorded))]
[JsonSerializable(typeof(RegistrySnapshot))]
[JsonSerializable(typeof(MessageStored))]
[JsonSerializable(typeof(SessionChanged))]
[JsonSerializable(typeof(ReplyProduced))]
[JsonSerializable(typeof(ReplyDelivered))]
[JsonSerializable(typeof(CursorAdvanced))]
[JsonSerializable(typeof(GroupSnapshot))]
[JsonSerializable(typeof(GroupWoke))]
[JsonSerializable(typeof(GroupSlept))]
[JsonSerializable(typeof(GroupsSnapshot))]
[JsonSerializable(typeof(TaskSaved))]
[JsonSerializable(typeof(TaskDeleted))]
[JsonSerializable(typeof(TaskRunStarted))]
[JsonSerializable(typeof(TaskRunEnded))]
[JsonSerializable(typeof(SchedulerSnapshot))]
internal sealed partial class PersistedJsonContext : JsonSerializerContext;
