namespace NanoClaw.Host.Settings;

public enum PersistenceProvider
{
    /// <summary>One file under the data directory; the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for running the node away from its data.</summary>
    Postgres,
}
