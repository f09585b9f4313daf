namespace NanoClaw.Actors.Tests.Persistence;

/// <summary>Where the PostgreSQL tests find their server.</summary>
public static class PostgresTestEnvironment
{
    public const string VariableName = "NANOCLAW_TEST_POSTGRES";

    public const string SkipReason =
        "NANOCLAW_TEST_POSTGRES is not set; run `eval \"$(scripts/ensure-postgres.sh start)\"` to start a throwaway PostgreSQL and set it";

    /// <summary>The connection string, or null when PostgreSQL tests should be skipped.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;
}
