namespace NanoClaw.Actors.Stashing;

/// <summary>
/// Set-aside messages of one actor. What is stashed when the actor restarts goes back to the front
/// of the mailbox for the new instance; what is stashed when it stops goes to dead letters.
/// </summary>
public interface IStash
{
    /// <summary>Number of stashed messages.</summary>
    int Count { get; }

    /// <summary>Stashes the message being processed, with its sender; stashing it twice throws.</summary>
    void Stash();

    /// <summary>Puts the oldest stashed message at the front of the mailbox.</summary>
    void Unstash();

    /// <summary>Puts every stashed message at the front of the mailbox, in the order they were stashed.</summary>
    void UnstashAll();

    /// <summary>Empties the stash and returns its messages, oldest first, without delivering them.</summary>
    IReadOnlyList<object> ClearStash();
}
