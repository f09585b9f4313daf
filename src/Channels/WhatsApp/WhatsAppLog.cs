using Microsoft.Extensions.Logging;

namespace NanoClaw.Channels.WhatsApp;

internal static partial class WhatsAppLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "whatsapp: webhook call with a missing or wrong X-Hub-Signature-256 refused")]
    public static partial void BadSignature(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "whatsapp: webhook messages could not be stored; Meta will deliver them again")]
    public static partial void StoreFailed(ILogger logger, Exception exception);
}
