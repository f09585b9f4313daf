using System.Net;

namespace NanoClaw.Containers.Docker;

/// <summary>The engine answered with an error status; carries its status code and message.</summary>
public class DockerApiException : Exception
{
    public DockerApiException()
        : this(HttpStatusCode.InternalServerError, "unknown engine error")
    {
    }

    public DockerApiException(string message)
        : this(HttpStatusCode.InternalServerError, message)
    {
    }

    public DockerApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        EngineMessage = message;
        StatusCode = HttpStatusCode.InternalServerError;
    }

    public DockerApiException(HttpStatusCode statusCode, string engineMessage)
        : base($"Docker engine error {(int)statusCode} ({statusCode}): {engineMessage}")
    {
        StatusCode = statusCode;
        EngineMessage = engineMessage;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The engine's own words (the <c>message</c> field of its error body).</summary>
    public string EngineMessage { get; }

    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    public bool IsConflict => StatusCode == HttpStatusCode.Conflict;
}
