namespace NanoClaw.Actors.Persistence;

/// <summary>Why a store operation failed, so callers can react without parsing messages.</summary>
public enum StoreErrorKind
{
    /// <summary>A cause not covered by the other kinds (I/O error, protocol error, …).</summary>
    Unknown = 0,

    /// <summary>The file is not a database of ours: random bytes, a damaged file, or a foreign schema.</summary>
    Corrupt,

    /// <summary>Another connection or process held a lock for longer than the busy timeout.</summary>
    Locked,

    /// <summary>The disk or the database's size limit is full.</summary>
    Full,

    /// <summary>The schema is newer than this build or cannot be migrated.</summary>
    Schema,

    /// <summary>The server or file could not be reached or opened.</summary>
    Unavailable,

    /// <summary>A write used a (persistence id, sequence nr) pair that is already stored.</summary>
    Duplicate,
}
