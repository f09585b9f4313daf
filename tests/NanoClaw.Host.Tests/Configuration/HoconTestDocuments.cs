using NanoClaw.Host.Configuration;

namespace NanoClaw.Host.Tests.Configuration;

/// <summary>Reads documents with a fixed environment so tests do not depend on the machine.</summary>
internal static class HoconTestDocuments
{
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["TEST_HOME"] = "/home/test",
        ["TEST_TOKEN"] = "secret-token",
    };

    public static Dictionary<string, string?> Flatten(string text, string name = "test.conf") =>
        HoconFlattener.Flatten(HoconReader.ReadText(text, name, Lookup));

    public static HoconException ReadError(string text, string name = "test.conf") =>
        Assert.Throws<HoconException>(() => HoconReader.ReadText(text, name, Lookup));

    public static string? Lookup(string name) => Environment.TryGetValue(name, out var value) ? value : null;
}
