using System.Collections.Concurrent;

namespace NanoClaw.Actors.Chats;

/// <summary>
/// Every chat's recent transcript, fed by the group actors from their persisted events (so it is
/// rebuilt on recovery) and read by the API, which may wait for the next line (long poll).
/// </summary>
public sealed class ChatLog(TimeProvider timeProvider, int capacityPerChat = ChatLog.DefaultCapacity)
{
    /// <summary>Lines kept per chat. The default is 500.</summary>
    public const int DefaultCapacity = 500;

    private readonly ConcurrentDictionary<string, ChatTranscript> _chats = new(StringComparer.Ordinal);

    public void Append(string chatId, ChatEntry entry) => Transcript(chatId).Append(entry);

    /// <summary>Whether the agent is working on a reply for the chat; wakes waiting readers when it changes.</summary>
    public void SetWorking(string chatId, bool working) => Transcript(chatId).SetWorking(working);

    /// <summary>Whether anything was ever recorded for <paramref name="chatId"/> (a sleeping group's transcripts are filled when it wakes).</summary>
    public bool Knows(string chatId) => _chats.ContainsKey(chatId);

    public bool IsWorking(string chatId) => _chats.TryGetValue(chatId, out var transcript) && transcript.Working;

    /// <summary>
    /// The lines after <paramref name="after"/>. When there are none, waits up to <paramref name="wait"/>
    /// for one (or for the working flag to change) and reads again.
    /// </summary>
    /// <returns>The lines, the cursor to pass next time, and the working flag.</returns>
    public async Task<(IReadOnlyList<ChatEntry> Entries, long Cursor, bool Working)> ReadAsync(
        string chatId, long after, TimeSpan wait, CancellationToken cancellationToken)
    {
        var transcript = Transcript(chatId);
        var (entries, working, changed) = transcript.Read(after);
        if (entries.Count == 0 && wait > TimeSpan.Zero)
        {
            try
            {
                await changed.WaitAsync(wait, timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Nothing new within the wait: answer with what there is.
            }

            (entries, working, _) = transcript.Read(after);
        }

        return (entries, entries.Count > 0 ? entries[^1].Cursor : after, working);
    }

    private ChatTranscript Transcript(string chatId) =>
        _chats.GetOrAdd(chatId, static (_, capacity) => new ChatTranscript(capacity), capacityPerChat);
}
