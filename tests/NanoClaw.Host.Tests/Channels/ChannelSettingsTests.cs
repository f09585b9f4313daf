using NanoClaw.Host.Channels;
using NanoClaw.Host.Configuration;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Tests.Channels;

public sealed class ChannelSettingsTests
{
    [Fact]
    public void Configuration_OnlyEnabledPlatforms_WithTokensAndBaseUrls()
    {
        var options = new ChannelsOptions
        {
            Telegram = new() { Enabled = true, BotToken = "1:t", BaseUrl = "http://127.0.0.1:9/", PollTimeout = TimeSpan.FromSeconds(5) },
            WhatsApp = new() { Enabled = true, AccessToken = "a", PhoneNumberId = "p", AppSecret = "s", VerifyToken = "v" },
            Slack = new() { Enabled = false, BotToken = "xoxb" },
        };

        var configuration = ChannelSettings.Configuration(options);

        Assert.Equal("1:t", configuration.Telegram!.BotToken);
        Assert.Equal(new Uri("http://127.0.0.1:9/"), configuration.Telegram.BaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(5), configuration.Telegram.PollTimeout);
        Assert.Equal(("a", "p", "s", "v"), (configuration.WhatsApp!.AccessToken, configuration.WhatsApp.PhoneNumberId, configuration.WhatsApp.AppSecret, configuration.WhatsApp.VerifyToken));
        Assert.Equal(new Uri("https://graph.facebook.com/v21.0"), configuration.WhatsApp.BaseUrl);
        Assert.Null(configuration.Slack);
        Assert.Null(configuration.Discord);
    }

    [Fact]
    public void Timings_TakeTheSharedChannelSettings()
    {
        var options = new ChannelsOptions
        {
            SendAttempts = 7,
            SendRetryBaseDelay = TimeSpan.FromSeconds(2),
            SendRetryMaxDelay = TimeSpan.FromSeconds(20),
            ReconnectBaseDelay = TimeSpan.FromSeconds(3),
            ReconnectMaxDelay = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(15),
            MaxAttachmentSize = ByteSize.Parse("1m"),
        };

        var timings = ChannelSettings.Timings(options);

        Assert.Equal(7, timings.SendAttempts);
        Assert.Equal(TimeSpan.FromSeconds(2), timings.SendRetryBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(20), timings.SendRetryMaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(3), timings.ReconnectBaseDelay);
        Assert.Equal(TimeSpan.FromMinutes(2), timings.ReconnectMaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(15), timings.ConnectTimeout);
        Assert.Equal(1024 * 1024, timings.MaxAttachmentBytes);
    }
}
