using System.Globalization;

namespace NanoClaw.Bench.Suites;

/// <summary>
/// This process's resident memory from <c>/proc/self/smaps</c>, split by what the pages hold:
/// generated code and runtime data structures (the runtime's double-mapped executable memory),
/// mapped managed assemblies, native libraries, and the rest (GC heap, native heap, stacks).
/// </summary>
internal sealed record ResidentMemory(long Total, long Code, long Assemblies, long NativeLibraries, long Heaps)
{
    public static ResidentMemory Read()
    {
        long code = 0, assemblies = 0, native = 0, heaps = 0;
        var mapping = "";
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (line.Length > 0 && char.IsAsciiHexDigit(line[0]) && line.Contains('-', StringComparison.Ordinal))
            {
                var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                mapping = fields.Length == 6 ? fields[5] : "";
            }
            else if (line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                var bytes = long.Parse(line["Rss:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                if (mapping.Contains("doublemapper", StringComparison.Ordinal))
                {
                    code += bytes;
                }
                else if (mapping.EndsWith(".dll", StringComparison.Ordinal))
                {
                    assemblies += bytes;
                }
                else if (mapping.Contains(".so", StringComparison.Ordinal))
                {
                    native += bytes;
                }
                else
                {
                    heaps += bytes;
                }
            }
        }

        return new ResidentMemory(code + assemblies + native + heaps, code, assemblies, native, heaps);
    }

    public string Fields() => string.Create(
        CultureInfo.InvariantCulture, $"rss={Total} code={Code} assemblies={Assemblies} native={NativeLibraries} heaps={Heaps}");

    public static ResidentMemory Parse(IReadOnlyDictionary<string, long> fields) =>
        new(fields["rss"], fields["code"], fields["assemblies"], fields["native"], fields["heaps"]);

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"code and runtime data {Code / 1e6:0.0} MB, assemblies {Assemblies / 1e6:0.0} MB, native libraries {NativeLibraries / 1e6:0.0} MB, heaps and stacks {Heaps / 1e6:0.0} MB");
}
