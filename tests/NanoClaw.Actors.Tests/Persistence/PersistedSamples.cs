using NanoClaw.Actors.Chats;
using NanoClaw.Actors.Groups;
using NanoClaw.Actors.Persistence;
using NanoClaw.Actors.Registry;
using NanoClaw.Actors.Scheduling;
using NanoClaw.Actors.Tasks;

namespace NanoClaw.Actors.Tests.Persistence;

/// <summary>One filled-in value of every persisted type, every optional field set, keyed by manifest.</summary>
internal static class PersistedSamples
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 30, 0, TimeSpan.Zero);

    private static readonly RegisteredGroup Group = new("family", "Family", ["telegram:-100", "web:family"], "@andy", true, false, At);

    private static readonly SeenChat Seen = new("slack:C1", "general", "slack", true, At);

    private static readonly StoredMessage Message = new(
        "telegram:-100", "m-42", "u-7", "Ann", "@andy what's on today?", At, new QuotedMessage("m-41", "Bob", "lunch?"), IsFromMe: true);

    private static readonly ReplyProduced Reply = new("run-1-7-1", "telegram:-100", "Nothing planned.", 42);

    private static readonly ScheduledTask Task = new(
        "task-1", "family", "Say good morning", "cron", "0 9 * * *", "group", "run-once", "active", At.AddDays(1), At, "Good morning!", At.AddDays(-3));

    private static readonly TaskRunStarted RunStarted = new("task-1", "task-1@2026-12-03T09:00", At, At, At.AddDays(1), Manual: true);

    private static readonly TaskRunRecord Record = new("task-1", At, TimeSpan.FromSeconds(12.5), RunStatus.Error, "partial", "the agent failed");

    public static IReadOnlyList<IPersisted> All { get; } =
    [
        new GroupRegistered(Group),
        new ChatWired("family", "whatsapp:4915"),
        new GroupEngineSet("family", "claude-code"),
        new GroupRemoved("family"),
        new ChatRecorded(Seen),
        new RegistrySnapshot([Group], [Seen]),
        new MessageStored(42, Message),
        new SessionChanged("sess-1"),
        Reply,
        new ReplyDelivered("run-1-7-1", At, "platform said 400"),
        new CursorAdvanced(42),
        new GroupSnapshot(
            43, 41, [new PendingMessage(42, Message)], ["telegram:-100\nm-42"], "sess-1", [Reply],
            [new TranscriptLine("telegram:-100", new ChatEntry(7, "m-42", ChatEntry.In, "Ann", "hi", At))]),
        new GroupWoke("family"),
        new GroupSlept("family"),
        new GroupsSnapshot(["family", "main"]),
        new TaskSaved(Task),
        new TaskDeleted("task-1"),
        RunStarted,
        new TaskRunEnded(RunStarted.RunKey, Record),
        new SchedulerSnapshot([Task], [Record], [RunStarted]),
    ];
}
