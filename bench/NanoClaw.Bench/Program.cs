using NanoClaw.Bench;
using NanoClaw.Bench.Suites;

if (args.Length > 0 && args[0] == E2eIdleMemory.Command)
{
    return await E2eIdleMemory.ChildAsync(args);
}

if (args.Length > 0 && args[0] == E2eRestart.Command)
{
    return await E2eRestart.ChildAsync(args);
}

IBenchSuite[] suites = [new KernelSuite(), new PersistenceSuite(), new ContainersSuite(), new E2eSuite()];

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    PrintUsage(Console.Out);
    return args.Length == 0 ? 1 : 0;
}

var selected = args[0] == "all"
    ? suites
    : suites.Where(s => string.Equals(s.Name, args[0], StringComparison.OrdinalIgnoreCase)).ToArray();
if (selected.Length == 0)
{
    Console.Error.WriteLine($"Unknown suite '{args[0]}'.");
    PrintUsage(Console.Error);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var reporter = new BenchReporter(Console.Out);
foreach (var suite in selected)
{
    reporter.Note($"suite {suite.Name}: {suite.Description}");
    await suite.RunAsync(reporter, cancellation.Token);
}

return 0;

void PrintUsage(TextWriter writer)
{
    writer.WriteLine("usage: dotnet run -c Release --project bench/NanoClaw.Bench -- <suite|all>");
    writer.WriteLine();
    writer.WriteLine("Each figure prints as: BENCH <name> <value> <unit> baseline=<value> ratio=<value>");
    writer.WriteLine();
    writer.WriteLine("suites:");
    if (suites.Length == 0)
    {
        writer.WriteLine("  (none yet)");
    }

    foreach (var suite in suites)
    {
        writer.WriteLine($"  {suite.Name,-14} {suite.Description}");
    }
}
