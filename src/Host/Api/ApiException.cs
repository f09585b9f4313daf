namespace NanoClaw.Host.Api;

/// <summary>A request the node refuses; <see cref="StatusCode"/> is the HTTP status, the message goes to the caller as <c>{"error": …}</c>.</summary>
public sealed class ApiException : Exception
{
    public ApiException(int statusCode, string message)
        : base(message) => StatusCode = statusCode;

    public ApiException()
        : this(500, "internal error")
    {
    }

    public ApiException(string message)
        : this(400, message)
    {
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException) => StatusCode = 500;

    public int StatusCode { get; }

    public static ApiException BadRequest(string message) => new(400, message);

    public static ApiException NotFound(string message) => new(404, message);
}
