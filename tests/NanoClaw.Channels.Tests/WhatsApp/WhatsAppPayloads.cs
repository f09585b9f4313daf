using System.Text.Json.Nodes;

namespace NanoClaw.Channels.Tests.WhatsApp;

/// <summary>Webhook notifications shaped as the Cloud API sends them.</summary>
public static class WhatsAppPayloads
{
    public const string From = "4915112345678";

    public static JsonObject Notification(JsonObject value) => new()
    {
        ["object"] = "whatsapp_business_account",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["id"] = "102290129340398",
            ["changes"] = new JsonArray(new JsonObject { ["value"] = value, ["field"] = "messages" }),
        }),
    };

    public static JsonObject Text(string id, string body) => Notification(Value(new JsonObject
    {
        ["from"] = From,
        ["id"] = id,
        ["timestamp"] = "1731400000",
        ["text"] = new JsonObject { ["body"] = body },
        ["type"] = "text",
    }));

    public static JsonObject Value(JsonObject message) => new()
    {
        ["messaging_product"] = "whatsapp",
        ["metadata"] = new JsonObject { ["display_phone_number"] = "15550783881", ["phone_number_id"] = FakeGraphServer.PhoneNumberId },
        ["contacts"] = new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["name"] = "Alice" }, ["wa_id"] = From }),
        ["messages"] = new JsonArray(message),
    };

    public static JsonObject StatusOnly() => Notification(new JsonObject
    {
        ["messaging_product"] = "whatsapp",
        ["metadata"] = new JsonObject { ["display_phone_number"] = "15550783881", ["phone_number_id"] = FakeGraphServer.PhoneNumberId },
        ["statuses"] = new JsonArray(new JsonObject { ["id"] = "wamid.out1", ["status"] = "delivered", ["timestamp"] = "1731400001", ["recipient_id"] = From }),
    });
}
