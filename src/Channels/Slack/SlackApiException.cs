namespace NanoClaw.Channels.Slack;

/// <summary>The Web API answered <c>ok: false</c>; <see cref="Error"/> is Slack's error code.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
        Error = message;
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = message;
    }

    public string Error { get; } = string.Empty;
}
