using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NanoClaw.Actors.Groups;

namespace NanoClaw.Host.Api;

/// <summary>Turns every failure into <c>{"error": …}</c>: refusals keep their status, surprises are logged and answered 500.</summary>
internal sealed partial class ApiErrorMiddleware(RequestDelegate next, ILogger logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            var (status, message) = Describe(e);
            if (status == StatusCodes.Status500InternalServerError)
            {
                LogUnexpected(e, context.Request.Method, context.Request.Path);
            }

            context.Response.Clear();
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                context.Response.Headers.RetryAfter = "1";
            }

            await WriteErrorAsync(context, status, message).ConfigureAwait(false);
        }
    }

    public static Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new ApiError(message), ApiJsonContext.Default.ApiError, "application/json; charset=utf-8");
    }

    /// <summary>Gives bodiless answers from routing (404, 405) an error body.</summary>
    public static Task WriteStatusCodeAsync(StatusCodeContext context)
    {
        var status = context.HttpContext.Response.StatusCode;
        var message = status switch
        {
            StatusCodes.Status404NotFound => $"no such route: {context.HttpContext.Request.Method} {context.HttpContext.Request.Path}",
            StatusCodes.Status405MethodNotAllowed => $"{context.HttpContext.Request.Method} is not allowed on {context.HttpContext.Request.Path}",
            _ => ReasonPhrase(status),
        };
        return WriteErrorAsync(context.HttpContext, status, message);
    }

    private static (int Status, string Message) Describe(Exception exception) => exception switch
    {
        ApiException api => (api.StatusCode, api.Message),
        GroupUnavailableException unavailable => (StatusCodes.Status503ServiceUnavailable, unavailable.Message),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (StatusCodes.Status413PayloadTooLarge, $"request body too large (the limit is {NodeWebServerOptions.MaxRequestBodySize} bytes)"),
        BadHttpRequestException bad => (bad.StatusCode, bad.Message),
        _ => (StatusCodes.Status500InternalServerError, "internal error; see the node's log"),
    };

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase.ToLowerInvariant() : $"status {status}";

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unexpected failure answering {Method} {Path}")]
    private partial void LogUnexpected(Exception exception, string method, string path);
}
