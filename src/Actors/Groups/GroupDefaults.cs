namespace NanoClaw.Actors.Groups;

/// <summary>The defaults of the group rules, in one place.</summary>
public static class GroupDefaults
{
    /// <summary>The most messages one prompt carries. The default is 10, as in NanoClaw.</summary>
    public const int MaxMessagesPerPrompt = 10;

    /// <summary>The sender allowlist file; <c>~</c> is the user's home folder.</summary>
    public const string SenderAllowlistPath = "~/.config/nanoclaw/sender-allowlist.json";

    /// <summary>How long a group with nothing to do stays awake before its actor is stopped (<c>nanoclaw.groups.sleep-after</c>).</summary>
    public static readonly TimeSpan SleepAfter = TimeSpan.FromMinutes(10);

    /// <summary>The trigger of a group that names none: <c>@</c> followed by the assistant's name.</summary>
    public static string Trigger(string assistantName) => "@" + assistantName;
}
