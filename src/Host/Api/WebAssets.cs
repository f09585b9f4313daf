using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NanoClaw.Host.Api;

/// <summary>The web chat page and its script and style, served from resources built into the assembly.</summary>
internal static class WebAssets
{
    private static readonly (string Route, string Resource, string ContentType)[] Files =
    [
        ("/", "NanoClaw.Web.index.html", "text/html; charset=utf-8"),
        ("/app.js", "NanoClaw.Web.app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "NanoClaw.Web.app.css", "text/css; charset=utf-8"),
    ];

    public static void Map(IEndpointRouteBuilder routes)
    {
        foreach (var (route, resource, contentType) in Files)
        {
            var content = Load(resource);
            routes.MapGet(route, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-cache";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.Bytes(content, contentType);
            });
        }
    }

    private static byte[] Load(string resource)
    {
        using var stream = typeof(WebAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The web chat resource {resource} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
