namespace NanoClaw.Host.Settings;

/// <summary>Hides the values of keys that hold credentials, in logs and in error messages.</summary>
public static class SecretMask
{
    public const string Masked = "****";

    private static readonly string[] SecretWords = ["key", "token", "secret", "password", "connection-string"];

    /// <summary>True when any segment of the key (<c>:</c> or <c>.</c> separated) names a credential.</summary>
    public static bool IsSecret(string key) =>
        key.Split(':', '.').Any(segment => SecretWords.Any(word => segment.Contains(word, StringComparison.OrdinalIgnoreCase)));

    public static string? Apply(string key, string? value) =>
        string.IsNullOrEmpty(value) || !IsSecret(key) ? value : Masked;
}
