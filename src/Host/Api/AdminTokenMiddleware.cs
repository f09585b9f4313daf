using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NanoClaw.Host.Api;

/// <summary>
/// Beyond loopback, every <c>/api/*</c> call must carry <c>Authorization: Bearer &lt;admin token&gt;</c>;
/// the page, its files and <c>/healthz</c> stay open.
/// </summary>
internal sealed class AdminTokenMiddleware(RequestDelegate next, string adminToken)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(adminToken);

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || IsAuthorized(context.Request))
        {
            return next(context);
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        return ApiErrorMiddleware.WriteErrorAsync(
            context, StatusCodes.Status401Unauthorized, $"this API needs Authorization: Bearer <{NodeWebServer.AdminTokenVariable}>");
    }

    private bool IsAuthorized(HttpRequest request)
    {
        const string scheme = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(presented, _expected);
    }
}
