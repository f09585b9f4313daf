namespace NanoClaw.Actors.Groups;

/// <summary>The defaults of the group rules, in one place.</summary>
public static class GroupDefaults
{
    /// <summary>The most messages one prompt carries. The default is 10, as in NanoClaw.</summary>
    public const int MaxMessagesPerPrompt = 10;

    /// <summary>The sender allowlist file; <c>~</c> is the user's home folder.</summary>
    public const string SenderAllowlistPath = "~/.config/nanoclaw/sender-allowlist.json";

    /// <summary>The trigger of a group that names none: <c>@</c> followed by the assistant's name.</summary>
    public static string Trigger(string assistantName) => "@" + assistantName;
}
