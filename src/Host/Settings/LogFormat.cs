namespace NanoClaw.Host.Settings;

public enum LogFormat
{
    /// <summary>One human-readable line per entry.</summary>
    Simple,

    /// <summary>One JSON object per line, with the structured fields.</summary>
    Json,
}
