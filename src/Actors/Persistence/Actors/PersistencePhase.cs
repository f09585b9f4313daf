namespace NanoClaw.Actors.Persistence.Actors;

/// <summary>Where a persistent actor incarnation is in its life.</summary>
internal enum PersistencePhase
{
    /// <summary>Loading its history; commands are stashed.</summary>
    Recovering,

    /// <summary>Recovered; commands run (or wait while a stashing persist is pending).</summary>
    Processing,

    /// <summary>A recovery or write failed and a stop was requested; nothing runs any more.</summary>
    Stopping,
}
