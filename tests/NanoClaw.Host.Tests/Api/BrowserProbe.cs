namespace NanoClaw.Host.Tests.Api;

/// <summary>Where the browser tests find Chromium: Debian's package, never a downloaded build.</summary>
internal static class BrowserProbe
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why no browser can run, or null when one can.</summary>
    public static string? MissingReason => File.Exists(ChromiumPath) ? null : $"no browser at {ChromiumPath}";
}
