namespace NanoClaw.Actors.Tests.Persistence;

/// <summary>A fact that needs PostgreSQL: skipped with a visible reason when NANOCLAW_TEST_POSTGRES is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestEnvironment.ConnectionString is null)
        {
            Skip = PostgresTestEnvironment.SkipReason;
        }
    }
}
