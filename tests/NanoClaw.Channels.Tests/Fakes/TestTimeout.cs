namespace NanoClaw.Channels.Tests.Fakes;

/// <summary>How long a test waits for something that should happen promptly before it fails.</summary>
public static class TestTimeout
{
    public static readonly TimeSpan Value = TimeSpan.FromSeconds(15);
}
