using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Proofs;

/// <summary>
/// The document of a proof bundle: a JSON object; or, for bundles made at issue, the document's compact UTF-8
/// JSON; or, for bundles read from a file, the document's element in the parsed file. Either of the last two is
/// made into an object the first time someone asks for it. An issuer holds thousands of bundles at once; one
/// byte array each costs the garbage collector far less than a tree of a few hundred nodes each. A verifier hashes
/// the text while nobody holds the object (which they may have changed): it builds no tree of the document, only a
/// view of the envelope's few members (<see cref="View"/>, lazy over the parsed text).
/// </summary>
internal sealed class BundleDocument : IEquatable<BundleDocument>
{
    private readonly byte[]? _utf8;
    private readonly JsonElement? _element;
    private JsonObject? _json;

    public BundleDocument(JsonObject json) => _json = json ?? throw new ArgumentNullException(nameof(json));

    private BundleDocument(byte[] utf8) => _utf8 = utf8;

    private BundleDocument(JsonElement element) => _element = element;

    /// <summary>The document as an object; the same instance on every call, from any thread.</summary>
    public JsonObject Json => _json ?? LazyInitializer.EnsureInitialized(ref _json, NewObject);

    /// <summary>
    /// The document's UTF-8 JSON text while nobody has asked for its object (whose changes the text would not
    /// show); empty once someone has.
    /// </summary>
    public ReadOnlySpan<byte> UntouchedUtf8 =>
        _json is not null ? default : _utf8 ?? JsonMarshal.GetRawUtf8Value(_element!.Value);

    /// <summary>The document to read without changing it: the object once someone has it, else an object of its own.</summary>
    public JsonObject View => _json ?? NewObject();

    /// <summary>Keeps a document's compact UTF-8 JSON (<see cref="Documents.CompactJson"/>; taken, not copied).</summary>
    public static BundleDocument FromCompact(byte[] utf8) => new(utf8 ?? throw new ArgumentNullException(nameof(utf8)));

    /// <summary>Keeps the element of an object in a parsed bundle (its document must not be disposed).</summary>
    public static BundleDocument FromElement(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? new(element) : throw new ArgumentException($"a bundle's document is an object, not {element.ValueKind}", nameof(element));

    /// <summary>Writes the document: the object once someone has it (it may have been changed), else the kept text.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (_json is { } json)
        {
            json.WriteTo(writer);
            return;
        }

        if (_element is { } element)
        {
            element.WriteTo(writer);
            return;
        }

        // Element writing re-escapes strings and copies numbers' text as written, exactly as the object would.
        using var parsed = JsonDocument.Parse(_utf8);
        parsed.RootElement.WriteTo(writer);
    }

    // Bundles compare their documents by identity, as they did when a bundle held the object itself; a document
    // read from a file is its own (a bundle copied with 'with' shares it).
    public bool Equals(BundleDocument? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_utf8 is not null ? ReferenceEquals(_utf8, other._utf8)
                : _element is null && other._utf8 is null && other._element is null && ReferenceEquals(_json, other._json)));

    public override bool Equals(object? obj) => Equals(obj as BundleDocument);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode((object?)_utf8 ?? (_element is null ? _json : this));

    private JsonObject NewObject() => _utf8 is not null ? JsonNode.Parse(_utf8)!.AsObject() : JsonObject.Create(_element!.Value)!;
}
