using System.Globalization;
using NanoClaw.CrashHelper;

// Test helper for the kill -9 proof.
//   serve <dataDir>            reads "inc <counter> <id>" and "dump <counter>…" lines from stdin;
//                              prints "ready", "ack <id>" once an increment is durable, and
//                              "state <counter> <ids>" lines followed by "dumped" for a dump.
//   dump <dataDir> <counter>…  recovers the counters, prints their state lines and exits.
if (args.Length < 2 || args[0] is not ("serve" or "dump"))
{
    await Console.Error.WriteLineAsync("usage: serve <dataDir> | dump <dataDir> <counter>...");
    return 2;
}

var output = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true });
await using var host = new CounterHost(args[1], output);
await host.InitializeAsync(CancellationToken.None);
if (args[0] == "dump")
{
    await host.DumpAsync(args.Skip(2), CancellationToken.None);
    return 0;
}

await output.WriteLineAsync("ready");
while (await Console.In.ReadLineAsync() is { } line)
{
    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    switch (parts)
    {
        case ["inc", var counter, var id]:
            host.Increment(counter, long.Parse(id, CultureInfo.InvariantCulture));
            break;
        case ["dump", .. var counters]:
            await host.DumpAsync(counters, CancellationToken.None);
            await output.WriteLineAsync("dumped");
            break;
        default:
            await Console.Error.WriteLineAsync($"unknown command: {line}");
            break;
    }
}

return 0;
