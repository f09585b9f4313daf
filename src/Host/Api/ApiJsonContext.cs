using System.Text.Json;
using System.Text.Json.Serialization;
using NanoClaw.Host.Api.Contracts;

namespace NanoClaw.Host.Api;

/// <summary>The API's JSON: camelCase, source-generated, shared by the server and the command line's client.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(NodeInfo))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(PostMessageResult))]
[JsonSerializable(typeof(ChatMessagesPage))]
[JsonSerializable(typeof(IReadOnlyList<ChatView>))]
[JsonSerializable(typeof(IReadOnlyList<GroupView>))]
[JsonSerializable(typeof(GroupView))]
[JsonSerializable(typeof(RegisterGroupRequest))]
[JsonSerializable(typeof(SetEngineRequest))]
[JsonSerializable(typeof(NodeStatus))]
[JsonSerializable(typeof(IReadOnlyList<TaskView>))]
[JsonSerializable(typeof(TaskView))]
[JsonSerializable(typeof(CreateTaskRequest))]
[JsonSerializable(typeof(IReadOnlyList<TaskRunView>))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
