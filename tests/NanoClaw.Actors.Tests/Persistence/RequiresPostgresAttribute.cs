namespace NanoClaw.Actors.Tests.Persistence;

/// <summary>
/// Marks a test class that needs the PostgreSQL server named by <c>NANOCLAW_TEST_POSTGRES</c>; its
/// <see cref="StoreFactAttribute"/> tests (including inherited contract tests) are skipped with a
/// visible reason when the variable is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresPostgresAttribute : Attribute;
