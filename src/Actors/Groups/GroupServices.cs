using Akka.Actor;
using NanoClaw.Containers.Agent.Tools;
using NanoClaw.Actors.Chats;
using NanoClaw.Actors.Registry;

namespace NanoClaw.Actors.Groups;

/// <summary>What every group actor shares.</summary>
/// <param name="Containers">The container supervisor.</param>
/// <param name="Replies">Delivers replies to the platforms.</param>
/// <param name="Chats">The transcripts the API reads.</param>
/// <param name="Allowlist">The current sender allowlist.</param>
/// <param name="Tools">The host tool handler for a group's runs.</param>
/// <param name="TimeZone">Times in prompts are shown in it.</param>
public sealed record GroupServices(
    IActorRef Containers,
    IReplySender Replies,
    ChatLog Chats,
    Func<SenderAllowlist> Allowlist,
    Func<RegisteredGroup, IHostToolHandler> Tools,
    string AssistantName,
    TimeZoneInfo TimeZone,
    GroupRetry Retry,
    TimeProvider Time,
    int MaxMessagesPerPrompt = GroupDefaults.MaxMessagesPerPrompt)
{
    /// <summary>How long a group stays at rest before it is put to sleep (its actor stopped until it is needed).</summary>
    public TimeSpan SleepAfter { get; init; } = GroupDefaults.SleepAfter;
}
