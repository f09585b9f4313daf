using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.WhatsApp;

/// <summary>
/// The Graph API messages endpoint. <see cref="Down"/> aborts requests as an unreachable network would;
/// <see cref="Reject"/> answers with a Graph error object.
/// </summary>
public sealed class FakeGraphServer : FakeServer
{
    public const string AccessToken = "EAAG-test-token";
    public const string PhoneNumberId = "106540352242922";

    public Channel<JsonElement> Sent { get; } = Channel.CreateUnbounded<JsonElement>();

    /// <summary>Receives a signal for every request aborted while <see cref="Down"/>.</summary>
    public Channel<bool> Aborted { get; } = Channel.CreateUnbounded<bool>();

    public bool Down { get; set; }

    public bool Reject { get; set; }

    protected override void Map(WebApplication app)
    {
        app.MapPost("/v21.0/{phoneNumberId}/messages", SendAsync);
    }

    private async Task<IResult> SendAsync(HttpContext context, string phoneNumberId)
    {
        if (Down)
        {
            Aborted.Writer.TryWrite(true);
            context.Abort();
            return Results.Empty;
        }

        if (context.Request.Headers.Authorization != "Bearer " + AccessToken || phoneNumberId != PhoneNumberId)
        {
            return Error(401, "Invalid OAuth access token.", 190);
        }

        using var document = await JsonDocument.ParseAsync(context.Request.Body);
        var body = document.RootElement.Clone();
        if (Reject)
        {
            return Error(400, "(#131030) Recipient phone number not in allowed list", 131030);
        }

        Sent.Writer.TryWrite(body);
        return Results.Json(new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["contacts"] = new JsonArray(new JsonObject { ["input"] = body.GetProperty("to").GetString(), ["wa_id"] = body.GetProperty("to").GetString() }),
            ["messages"] = new JsonArray(new JsonObject { ["id"] = "wamid.out" + Guid.NewGuid().ToString("N") }),
        });
    }

    private static IResult Error(int status, string message, int code) => Results.Json(
        new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = "OAuthException", ["code"] = code, ["fbtrace_id"] = "AbCdEf" } },
        statusCode: status);
}
