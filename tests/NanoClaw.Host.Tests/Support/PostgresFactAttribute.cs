using NanoClaw.Containers.Tests.Support;

namespace NanoClaw.Host.Tests.Support;

/// <summary>
/// A test that needs PostgreSQL (<c>NANOCLAW_TEST_POSTGRES</c>, which <c>scripts/ensure-postgres.sh start</c>
/// prints). Without it the test is skipped with the reason, except in CI (<c>CI=true</c>), where it fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "NANOCLAW_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (!DockerProbe.IsCi && ConnectionString is null)
        {
            Skip = $"{Variable} is not set; run `eval \"$(scripts/ensure-postgres.sh start)\"` first. With CI=true this fails instead.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
