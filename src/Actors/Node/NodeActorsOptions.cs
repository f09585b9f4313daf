using NanoClaw.Containers.Agent.Tools;
using NanoClaw.Actors.Chats;
using NanoClaw.Actors.Groups;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Runs;
using NanoClaw.Actors.Agents;

namespace NanoClaw.Actors.Node;

/// <summary>What the node's actors are built from.</summary>
public sealed record NodeActorsOptions(
    IAgentRuntime Runtime,
    IReplySender Replies,
    ChatLog Chats,
    GroupFolderSetup Folders,
    string AssistantName,
    TimeZoneInfo TimeZone)
{
    public Func<SenderAllowlist> Allowlist { get; init; } = static () => SenderAllowlist.AllowAll;

    /// <summary>The host tools of a group's runs, given the node's registry and groups.</summary>
    public Func<GroupDirectory, RegisteredGroup, IHostToolHandler>? Tools { get; init; }

    /// <summary>Business time: cron, due times, timestamps. Actor timers run on the actor system's scheduler.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public GroupRetry Retry { get; init; } = GroupRetry.Default;

    public RunTimings Timings { get; init; } = RunTimings.Default;

    public int MaxConcurrent { get; init; } = 5;

    public int MaxMessagesPerPrompt { get; init; } = GroupDefaults.MaxMessagesPerPrompt;

    public RunDisposals Disposals { get; init; } = new();

    /// <summary>How long a group with nothing to do stays awake (<c>nanoclaw.groups.sleep-after</c>).</summary>
    public TimeSpan SleepAfter { get; init; } = GroupDefaults.SleepAfter;
}
