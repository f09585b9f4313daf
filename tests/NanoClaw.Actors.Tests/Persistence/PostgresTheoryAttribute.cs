namespace NanoClaw.Actors.Tests.Persistence;

/// <summary>A theory that needs PostgreSQL: skipped with a visible reason when NANOCLAW_TEST_POSTGRES is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresTestEnvironment.ConnectionString is null)
        {
            Skip = PostgresTestEnvironment.SkipReason;
        }
    }
}
