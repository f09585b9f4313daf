using System.Globalization;
using System.Runtime.ExceptionServices;
using NanoClaw.Channels.Common;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NanoClaw.Channels.Telegram;

/// <summary>
/// Telegram over the Bot API (Telegram.Bot) with our own long-polling loop. Chat ids are
/// <c>telegram:&lt;chat id&gt;</c> (negative for groups). The update offset is saved after each update
/// was stored, so a restart neither loses nor repeats one.
/// </summary>
public sealed partial class TelegramChannel : ChannelBase
{
    /// <summary>The key the update offset is saved under.</summary>
    public const string OffsetKey = "telegram";

    private readonly TelegramBotClient _bot;
    private readonly TelegramBotClientOptions _botOptions;
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

        // No retries inside the client: the channel's outbound queue retries, after retry_after when Telegram gives one.
        _botOptions = new TelegramBotClientOptions(settings.BotToken, settings.BaseUrl.ToString()) { RetryCount = 0 };
        _bot = new TelegramBotClient(_botOptions, http);
        _offsets = offsets;
        _downloader = new AttachmentDownloader(http, context.Timings.MaxAttachmentBytes, Logger);
    }

    public override bool SupportsTyping => true;

    protected override async Task OpenAsync(CancellationToken cancellationToken)
    {
        var me = await Call(_bot.GetMe(cancellationToken)).ConfigureAwait(false);
        _botId = me.Id;
        _botUsername = me.Username;
    }

    protected override async Task DeliverAsync(string platformChatId, string text, CancellationToken cancellationToken)
    {
        try
        {
            await Call(_bot.SendMessage(Chat(platformChatId), text, ParseMode.Markdown, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (IsParseError(ex))
        {
            await SendPlainAsync(platformChatId, text, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException ex)
        {
            throw Rejected(ex);
        }
    }

    protected override async Task TypingAsync(string platformChatId, bool isTyping, CancellationToken cancellationToken)
    {
        if (isTyping)
        {
            await Call(_bot.SendChatAction(Chat(platformChatId), ChatAction.Typing, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    private async Task SendPlainAsync(string platformChatId, string text, CancellationToken cancellationToken)
    {
        try
        {
            await Call(_bot.SendMessage(Chat(platformChatId), text, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (ApiRequestException ex)
        {
            throw Rejected(ex);
        }
    }

    /// <summary>
    /// The client wraps a failed connection in its own exception; the channel's queue needs the
    /// <see cref="HttpRequestException"/> itself to tell "unreachable" (wait and keep the order) from
    /// "rejected" (retry, then give up).
    /// </summary>
    private static async Task<T> Call<T>(Task<T> call)
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (RequestException ex) when (Unreachable(ex) is { } unreachable)
        {
            ExceptionDispatchInfo.Throw(unreachable);
            throw;
        }
    }

    private static async Task Call(Task call)
    {
        try
        {
            await call.ConfigureAwait(false);
        }
        catch (RequestException ex) when (Unreachable(ex) is { } unreachable)
        {
            ExceptionDispatchInfo.Throw(unreachable);
            throw;
        }
    }

    private static HttpRequestException? Unreachable(RequestException ex) =>
        ex is not ApiRequestException ? ex.InnerException as HttpRequestException : null;

    private static ChatId Chat(string platformChatId) =>
        long.TryParse(platformChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? new ChatId(id) : new ChatId(platformChatId);

    private static bool IsParseError(ApiRequestException ex) =>
        ex.ErrorCode == 400 && ex.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    private static SendRejectedException Rejected(ApiRequestException ex) =>
        new($"Telegram error {ex.ErrorCode}: {ex.Message}", ex.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
}
