using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>The in-place stand-in for a redacted value: <c>{"$redacted": [leafHash, …]}</c> (FORMAT.md §3).</summary>
public static class RedactionMarker
{
    /// <summary>The marker's only member name.</summary>
    public const string MemberName = "$redacted";

    /// <summary><see cref="MemberName"/> in UTF-8, for readers of the parsed text.</summary>
    internal static ReadOnlySpan<byte> MemberNameUtf8 => "$redacted"u8;

    /// <summary>Builds a marker holding <paramref name="leafHashes"/> in the given (document) order.</summary>
    public static JsonObject Create(IEnumerable<Hash32> leafHashes)
    {
        var hashes = new JsonArray();
        foreach (var hash in leafHashes)
        {
            hashes.Add(hash.ToString());
        }

        return new JsonObject { [MemberName] = hashes };
    }

    /// <summary>Whether <paramref name="node"/> is an object that claims to be a marker (it may still be malformed).</summary>
    public static bool IsMarker(JsonNode? node) => node is JsonObject obj && obj.ContainsKey(MemberName);

    /// <summary>Reads a marker's hashes, checking its shape.</summary>
    /// <exception cref="DocumentHashingException">Extra members, an empty list, or an entry that is not a 32-byte hex hash.</exception>
    public static IReadOnlyList<Hash32> ReadHashes(JsonObject marker, string pointer)
    {
        ArgumentNullException.ThrowIfNull(marker);
        if (marker.Count != 1)
        {
            throw new DocumentHashingException(
                $"redaction marker at '{pointer}' has {marker.Count} members; it must hold only \"{MemberName}\"", pointer);
        }

        if (marker[MemberName] is not JsonArray { Count: > 0 } array)
        {
            throw new DocumentHashingException(
                $"redaction marker at '{pointer}' must hold a non-empty array of leaf hashes", pointer);
        }

        var hashes = new Hash32[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonValue value || !value.TryGetValue<string>(out var text) || !Hash32.TryParse(text, out hashes[i]))
            {
                throw new DocumentHashingException(
                    $"redaction marker at '{pointer}' entry {i} is not a 32-byte hex leaf hash", pointer);
            }
        }

        return hashes;
    }
}
