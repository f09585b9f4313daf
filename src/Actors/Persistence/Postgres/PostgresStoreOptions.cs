namespace NanoClaw.Actors.Persistence.Postgres;

/// <summary>Where the PostgreSQL stores keep their tables.</summary>
public sealed class PostgresStoreOptions
{
    /// <summary>An Npgsql connection string. Required.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>
    /// The schema holding the tables; created when missing. Lower-case letters, digits and
    /// underscores. The default is <c>nanoclaw</c>.
    /// </summary>
    public string Schema { get; init; } = PersistenceDefaults.PostgresSchema;

    /// <summary>Events read per query while replaying. The default is 1000.</summary>
    public int ReplayPageSize { get; init; } = PersistenceDefaults.ReplayPageSize;
}
