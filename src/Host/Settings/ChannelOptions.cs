namespace NanoClaw.Host.Settings;

/// <summary>
/// What every channel block has: an on/off switch. Credentials are not checked here: a channel enabled
/// without them is not started and the node logs a warning naming the variables (see
/// <c>NanoClaw.Channels.Registry.ChannelRegistry</c>), so one missing token never stops the node.
/// </summary>
public abstract class ChannelOptions
{
    public bool Enabled { get; set; }
}
