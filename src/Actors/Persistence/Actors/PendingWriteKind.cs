namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>What a <see cref="PendingWrite"/> asks of the journal.</summary>
internal enum PendingWriteKind
{
    /// <summary>Store the events atomically, then run the handler per event.</summary>
    Persist,

    /// <summary>Serialization refused the events: nothing is stored, <c>OnPersistRejected</c> runs in order.</summary>
    Rejected,

    /// <summary>Store nothing; run the handler after every earlier call's handlers.</summary>
    Defer,

    /// <summary>Delete events up to a sequence nr once the earlier writes are stored.</summary>
    Delete,
}
