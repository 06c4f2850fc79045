using System.Numerics;
using System.Text.Json;

namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>Reads typed fields of JSON-RPC result objects, naming the field when it is missing or malformed.</summary>
internal static class RpcJsonReader
{
    public static string String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"JSON-RPC result has no string field '{name}': {Shorten(obj)}");

    public static string? OptionalString(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static BigInteger Quantity(JsonElement obj, string name) => RpcQuantity.Parse(String(obj, name));

    public static ulong UInt64(JsonElement obj, string name) => RpcQuantity.ParseUInt64(String(obj, name));

    public static BigInteger? OptionalQuantity(JsonElement obj, string name) =>
        OptionalString(obj, name) is { } text ? RpcQuantity.Parse(text) : null;

    public static Hash32 Hash(JsonElement obj, string name) => Hash32.Parse(String(obj, name));

    public static Address? OptionalAddress(JsonElement obj, string name) =>
        OptionalString(obj, name) is { } text ? Address.Parse(text) : null;

    public static byte[] Bytes(JsonElement obj, string name) => Hex.Decode(String(obj, name));

    public static bool Bool(JsonElement obj, string name, bool fallback) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : fallback;

    public static IEnumerable<JsonElement> Array(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static string Shorten(JsonElement obj)
    {
        var text = obj.GetRawText();
        return text.Length <= 200 ? text : text[..197] + "...";
    }
}
