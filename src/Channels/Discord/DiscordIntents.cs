namespace NanoClaw.Channels.Discord;

/// <summary>Gateway intent bits the channel asks for. Message content is privileged: enable it in the developer portal.</summary>
public static class DiscordIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;
    public const int MessageContent = 1 << 15;
    public const int Default = Guilds | GuildMessages | DirectMessages | MessageContent;
}
