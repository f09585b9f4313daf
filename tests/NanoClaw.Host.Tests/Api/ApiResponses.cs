using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NanoClaw.Host.Api;

namespace NanoClaw.Host.Tests.Api;

/// <summary>Small helpers for reading the API's answers in tests.</summary>
internal static class ApiResponses
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, JsonTypeInfo<T> typeInfo) =>
        (await response.Content.ReadFromJsonAsync(typeInfo))!;

    public static async Task<string> ErrorAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = await response.ReadAsync(ApiJsonContext.Default.ApiError);
        Assert.False(string.IsNullOrWhiteSpace(error.Error));
        return error.Error;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json<T>(T value, JsonTypeInfo<T> typeInfo) => Json(JsonSerializer.Serialize(value, typeInfo));
}
