namespace NanoClaw.Host.Settings;

/// <summary>The built-in web chat, served by the node's HTTP server; needs no account.</summary>
public sealed class WebChannelOptions : ChannelOptions
{
    public WebChannelOptions()
    {
        Enabled = true;
    }
}
