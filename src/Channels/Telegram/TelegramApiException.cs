namespace NanoClaw.Channels.Telegram;

/// <summary>The Bot API answered <c>ok: false</c>.</summary>
public sealed class TelegramApiException : Exception
{
    public TelegramApiException()
    {
    }

    public TelegramApiException(string message)
        : base(message)
    {
    }

    public TelegramApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TelegramApiException(int errorCode, string description, TimeSpan? retryAfter)
        : base($"Telegram error {errorCode}: {description}")
    {
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfter;
    }

    public int ErrorCode { get; }

    public string Description { get; } = string.Empty;

    public TimeSpan? RetryAfter { get; }

    /// <summary>The Markdown in a sent text could not be parsed; the text goes again as plain text.</summary>
    public bool IsParseError =>
        ErrorCode == 400 && Description.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);
}
