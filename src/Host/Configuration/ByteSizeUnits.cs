namespace NanoClaw.Host.Configuration;

/// <summary>The size units of the HOCON spec. Single letters are binary, as Docker reads them too.</summary>
internal static class ByteSizeUnits
{
    private static readonly Dictionary<string, long> Factors = Build();

    public static bool TryGetFactor(string unit, out long factor) => Factors.TryGetValue(unit, out factor);

    private static Dictionary<string, long> Build()
    {
        var factors = new Dictionary<string, long>(StringComparer.Ordinal);
        void Add(long factor, params string[] names)
        {
            foreach (var name in names)
            {
                factors[name] = factor;
            }
        }

        Add(1, string.Empty, "B", "b", "byte", "bytes");
        Add(1000, "kB", "KB", "kilobyte", "kilobytes");
        Add(1_000_000, "MB", "megabyte", "megabytes");
        Add(1_000_000_000, "GB", "gigabyte", "gigabytes");
        Add(1_000_000_000_000, "TB", "terabyte", "terabytes");
        Add(1L << 10, "K", "k", "Ki", "KiB", "kibibyte", "kibibytes");
        Add(1L << 20, "M", "m", "Mi", "MiB", "mebibyte", "mebibytes");
        Add(1L << 30, "G", "g", "Gi", "GiB", "gibibyte", "gibibytes");
        Add(1L << 40, "T", "t", "Ti", "TiB", "tebibyte", "tebibytes");
        return factors;
    }
}
