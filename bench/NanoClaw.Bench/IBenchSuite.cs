namespace NanoClaw.Bench;

/// <summary>
/// A named group of figures. Each suite measures its own baseline in the same run and reports
/// every figure through <see cref="BenchReporter"/>.
/// </summary>
internal interface IBenchSuite
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(BenchReporter reporter, CancellationToken cancellationToken);
}
