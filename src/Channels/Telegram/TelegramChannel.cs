using NanoClaw.Channels.Common;

namespace NanoClaw.Channels.Telegram;

/// <summary>
/// Telegram over the Bot API with long polling. Chat ids are <c>telegram:&lt;chat id&gt;</c> (negative
/// for groups). The update offset is saved after each update was stored, so a restart neither loses nor
/// repeats one.
/// </summary>
public sealed partial class TelegramChannel : ChannelBase
{
    /// <summary>The key the update offset is saved under.</summary>
    public const string OffsetKey = "telegram";

    private readonly TelegramApi _api;
    private readonly TelegramSettings _settings;
    private readonly IOffsetStore _offsets;
    private readonly AttachmentDownloader _downloader;
    private long _botId;
    private string? _botUsername;

    public TelegramChannel(TelegramSettings settings, ChannelContext context, HttpClient http, IOffsetStore offsets)
        : base("telegram", ChatIds.Telegram, MessageSplitter.TelegramLimit, context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _api = new TelegramApi(http, settings);
        _offsets = offsets;
        _downloader = new AttachmentDownloader(http, context.Timings.MaxAttachmentBytes, Logger);
    }

    public override bool SupportsTyping => true;

    protected override async Task OpenAsync(CancellationToken cancellationToken)
    {
        var me = await _api.CallAsync("getMe", new { }, cancellationToken).ConfigureAwait(false);
        _botId = me.Long("id") ?? 0;
        _botUsername = me.Str("username");
    }

    protected override async Task DeliverAsync(string platformChatId, string text, CancellationToken cancellationToken)
    {
        try
        {
            await _api.CallAsync("sendMessage", new { chat_id = platformChatId, text, parse_mode = "Markdown" }, cancellationToken).ConfigureAwait(false);
        }
        catch (TelegramApiException ex) when (ex.IsParseError)
        {
            await SendPlainAsync(platformChatId, text, cancellationToken).ConfigureAwait(false);
        }
        catch (TelegramApiException ex)
        {
            throw new SendRejectedException(ex.Message, ex.RetryAfter);
        }
    }

    protected override Task TypingAsync(string platformChatId, bool isTyping, CancellationToken cancellationToken) =>
        isTyping
            ? _api.CallAsync("sendChatAction", new { chat_id = platformChatId, action = "typing" }, cancellationToken)
            : Task.CompletedTask;

    private async Task SendPlainAsync(string platformChatId, string text, CancellationToken cancellationToken)
    {
        try
        {
            await _api.CallAsync("sendMessage", new { chat_id = platformChatId, text }, cancellationToken).ConfigureAwait(false);
        }
        catch (TelegramApiException ex)
        {
            throw new SendRejectedException(ex.Message, ex.RetryAfter);
        }
    }
}
