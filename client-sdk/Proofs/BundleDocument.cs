using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Proofs;

/// <summary>
/// The document of a proof bundle: a JSON object, or, for bundles made at issue, the document's compact UTF-8
/// JSON, parsed into an object the first time someone asks for it. An issuer holds thousands of bundles at
/// once; one byte array each costs the garbage collector far less than a tree of a few hundred nodes each.
/// </summary>
internal sealed class BundleDocument : IEquatable<BundleDocument>
{
    private readonly byte[]? _utf8;
    private JsonObject? _json;

    public BundleDocument(JsonObject json) => _json = json ?? throw new ArgumentNullException(nameof(json));

    private BundleDocument(byte[] utf8) => _utf8 = utf8;

    /// <summary>The document as an object; the same instance on every call, from any thread.</summary>
    public JsonObject Json => _json ?? LazyInitializer.EnsureInitialized(ref _json, Parse);

    /// <summary>Keeps a document's compact UTF-8 JSON (<see cref="Documents.CompactJson"/>; taken, not copied).</summary>
    public static BundleDocument FromCompact(byte[] utf8) => new(utf8 ?? throw new ArgumentNullException(nameof(utf8)));

    /// <summary>Writes the document: the object once someone has it (it may have been changed), else the kept text.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (_json is { } json)
        {
            json.WriteTo(writer);
            return;
        }

        // Element writing re-escapes strings and copies numbers' text as written, exactly as the object would.
        using var parsed = JsonDocument.Parse(_utf8);
        parsed.RootElement.WriteTo(writer);
    }

    // Bundles compare their documents by identity, as they did when a bundle held the object itself.
    public bool Equals(BundleDocument? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_utf8 is null ? other._utf8 is null && ReferenceEquals(_json, other._json) : ReferenceEquals(_utf8, other._utf8)));

    public override bool Equals(object? obj) => Equals(obj as BundleDocument);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode((object?)_utf8 ?? _json);

    private JsonObject Parse() => JsonNode.Parse(_utf8)!.AsObject();
}
