using Xunit.Sdk;

namespace NanoClaw.Actors.Tests.Persistence;

/// <summary>
/// A fact of a store contract. xunit 2 cannot skip at run time, so discovery decides: in a class marked
/// <see cref="RequiresPostgresAttribute"/> the test is reported as skipped with
/// <see cref="PostgresTestEnvironment.SkipReason"/> when no server is configured.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("NanoClaw.Actors.Tests.Persistence.StoreFactDiscoverer", "NanoClaw.Actors.Tests")]
public sealed class StoreFactAttribute : FactAttribute;
