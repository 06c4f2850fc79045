using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Node.Tests.Api;

/// <summary>Small helpers for asserting API answers.</summary>
internal static class ApiClient
{
    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response, expected, "application/json");
    }

    public static async Task<JsonNode> PostJsonAsync(this HttpClient client, string path, object body, HttpStatusCode expected)
    {
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        return await ReadAsync(response, expected, expected >= HttpStatusCode.BadRequest ? "application/problem+json" : "application/json");
    }

    /// <summary>Reads a problem+json answer and checks its status member matches the HTTP status.</summary>
    public static async Task<JsonNode> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await ReadAsync(response, expected, "application/problem+json");
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()));
        return problem;
    }

    public static async Task<JsonNode> GetProblemAsync(this HttpClient client, string path, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await response.ProblemAsync(expected);
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, string mediaType)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }
}
