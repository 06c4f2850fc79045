using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Proofs;

/// <summary>
/// Reads <c>*.provenance.json</c> files (FORMAT.md §5) strictly: the major version must be 1, every member
/// must be present with the right shape, hashes and salts are 0x-prefixed lower-case hex, addresses may be in
/// any case but a mixed-case one must carry a correct EIP-55 checksum. Members this version does not define
/// are refused in "provenance-bundle/1" and ignored in a later minor version ("provenance-bundle/1.x").
/// Reading checks form only; verifying the contents is the verifier's job.
/// </summary>
public static class ProofBundleReader
{
    private const string FormatPrefix = "provenance-bundle/";
    private const int SupportedMajor = 1;
    private const int Eip712SignatureLength = 65;

    private static readonly string[] BlockTimeFormats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];
    private static readonly string[] TopMembers = ["format", "document", "salts", "documentHash", "batch", "anchor", "signatures"];
    private static readonly string[] BatchMembers = ["root", "proof", "size"];
    private static readonly string[] AnchorMembers = ["chainId", "registry", "transactionHash", "blockNumber", "blockTime"];
    private static readonly string[] SignatureMembers = ["role", "signer", "scheme", "signature", "data"];

    /// <summary>Reads a bundle from UTF-8 JSON.</summary>
    /// <exception cref="BundleFormatException">The file is not a valid format-1 bundle; the message names the member.</exception>
    public static ProofBundle Read(ReadOnlySpan<byte> utf8)
    {
        JsonElement element;
        try
        {
            element = StrictJsonParser.ParseElement(utf8);
        }
        catch (CanonicalJsonException e)
        {
            throw new BundleFormatException($"the bundle is not valid JSON: {e.Message}", e.Pointer);
        }

        var root = element.ValueKind == JsonValueKind.Object
            ? JsonObject.Create(element)!
            : throw new BundleFormatException("a proof bundle must be a JSON object", "");

        var strict = ReadFormat(root);
        if (strict)
        {
            RefuseUnknown(root, "", TopMembers);
        }

        var batch = Object(root, "batch", "");
        var anchor = Object(root, "anchor", "");
        if (strict)
        {
            RefuseUnknown(batch, "/batch", BatchMembers);
            RefuseUnknown(anchor, "/anchor", AnchorMembers);
        }

        // The document stays the element's text until someone asks for its object: a verifier hashes the text.
        _ = Object(root, "document", "");
        var saltsNode = Object(root, "salts", "");
        var salts = ReadSalts(element.GetProperty("salts"), saltsNode);
        return new ProofBundle(
            BundleDocument.FromElement(element.GetProperty("document")),
            salts,
            Hash(root, "documentHash", ""),
            ReadBatch(batch),
            ReadAnchor(anchor),
            ReadSignatures(Array(root, "signatures", ""), strict));
    }

    /// <summary>Reads a bundle from a stream.</summary>
    /// <exception cref="BundleFormatException">The content is not a valid format-1 bundle.</exception>
    public static async Task<ProofBundle> ReadAsync(Stream source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, cancellationToken);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads a bundle file.</summary>
    /// <exception cref="BundleFormatException">The file is not a valid format-1 bundle.</exception>
    public static async Task<ProofBundle> ReadFileAsync(string path, CancellationToken cancellationToken) =>
        Read(await File.ReadAllBytesAsync(path, cancellationToken));

    // Returns whether unknown members must be refused (exactly version 1, no minor version).
    private static bool ReadFormat(JsonObject root)
    {
        var format = String(root, "format", "");
        var version = format.StartsWith(FormatPrefix, StringComparison.Ordinal) ? format[FormatPrefix.Length..] : null;
        var majorText = version?.Split('.')[0];
        if (majorText is null || !int.TryParse(majorText, NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            throw new BundleFormatException(
                $"member '/format' is '{format}', which is not a proof bundle format; expected '{ProofBundle.FormatName}'", "/format");
        }

        if (major != SupportedMajor)
        {
            throw new BundleFormatException(
                $"member '/format' is '{format}': this reader supports {ProofBundle.FormatName}; use a reader for major version {major}",
                "/format");
        }

        var minor = version!.Length > majorText.Length ? version[(majorText.Length + 1)..] : null;
        if (minor is not null && (minor.Length == 0 || !minor.All(char.IsAsciiDigit)))
        {
            throw new BundleFormatException($"member '/format' is '{format}', whose minor version is not a number", "/format");
        }

        return minor is null;
    }

    // Straight from the parsed text (a bundle holds a salt per disclosed leaf): no node, no hex string and no array
    // per salt, the salts' bytes end to end in one array. A salt that is not plainly 32 bytes of hex is read from the
    // same member as a node, whose reader names the problem.
    private static LeafSalts ReadSalts(JsonElement salts, JsonObject saltsNode)
    {
        var pointers = new string[salts.GetPropertyCount()];
        var bytes = new byte[pointers.Length * Salt.Size];
        var i = 0;
        foreach (var member in salts.EnumerateObject())
        {
            var pointer = member.Name;
            if (!pointer.StartsWith('/'))
            {
                var at = JsonPointer.Append("/salts", pointer);
                throw new BundleFormatException(
                    $"member '{at}': salt keys are JSON pointers of leaves and start with '/'", at);
            }

            if (!TryReadLowerHex(member.Value, bytes.AsSpan(i * Salt.Size, Salt.Size)))
            {
                // Not plainly 32 bytes of lower-case hex: the general reader says what is wrong.
                LowerHexValue(saltsNode[pointer], "/salts", pointer, Salt.Size).CopyTo(bytes, i * Salt.Size);
            }

            pointers[i++] = pointer;
        }

        return new LeafSalts(pointers, bytes);
    }

    // A string of "0x" and exactly 2 × destination.Length lower-case hex digits, without an escape, decoded in place.
    private static bool TryReadLowerHex(JsonElement value, Span<byte> destination)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        // The raw token, quotes included.
        return Hex.TryDecodeLowerUtf8(JsonMarshal.GetRawUtf8Value(value)[1..^1], destination);
    }

    private static BatchInclusion ReadBatch(JsonObject batch)
    {
        var proof = Array(batch, "proof", "/batch");
        var siblings = new Hash32[proof.Count];
        for (var i = 0; i < proof.Count; i++)
        {
            siblings[i] = new Hash32(LowerHexValue(proof[i], "/batch/proof", i.ToString(CultureInfo.InvariantCulture), Hash32.Size, escape: false));
        }

        var size = UInt64(batch, "size", "/batch");
        if (size is 0 or > int.MaxValue)
        {
            throw new BundleFormatException($"member '/batch/size' is {size}; a batch holds 1 to {int.MaxValue} documents", "/batch/size");
        }

        return new BatchInclusion(Hash(batch, "root", "/batch"), siblings, (int)size);
    }

    private static AnchorRecord ReadAnchor(JsonObject anchor)
    {
        var blockTimeText = String(anchor, "blockTime", "/anchor");
        if (!DateTimeOffset.TryParseExact(
                blockTimeText, BlockTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var blockTime))
        {
            throw new BundleFormatException(
                $"member '/anchor/blockTime' is '{blockTimeText}'; expected an RFC 3339 UTC time such as 2026-11-22T10:00:05Z",
                "/anchor/blockTime");
        }

        return new AnchorRecord(
            UInt64(anchor, "chainId", "/anchor"),
            Address(anchor, "registry", "/anchor"),
            Hash(anchor, "transactionHash", "/anchor"),
            UInt64(anchor, "blockNumber", "/anchor"),
            blockTime.ToUniversalTime());
    }

    private static List<BundleSignature> ReadSignatures(JsonArray signatures, bool strict)
    {
        var result = new List<BundleSignature>(signatures.Count);
        for (var i = 0; i < signatures.Count; i++)
        {
            var at = $"/signatures/{i}";
            var entry = signatures[i] as JsonObject
                ?? throw new BundleFormatException($"member '{at}' must be an object", at);
            if (strict)
            {
                RefuseUnknown(entry, at, SignatureMembers);
            }

            var scheme = String(entry, "scheme", at);
            var bytes = Bytes(entry, "signature", at);
            if (scheme == BundleSignature.Eip712 && bytes.Length != Eip712SignatureLength)
            {
                throw new BundleFormatException(
                    $"member '{at}/signature' is {bytes.Length} bytes; an eip712 signature is {Eip712SignatureLength} bytes (r, s, v)",
                    $"{at}/signature");
            }

            result.Add(new BundleSignature(
                NonEmptyString(entry, "role", at), Address(entry, "signer", at), scheme, bytes, Object(entry, "data", at)));
        }

        return result;
    }

    private static void RefuseUnknown(JsonObject obj, string at, string[] known)
    {
        foreach (var (name, _) in obj)
        {
            if (!known.Contains(name))
            {
                var member = JsonPointer.Append(at, name);
                throw new BundleFormatException(
                    $"member '{member}' is not part of {ProofBundle.FormatName}; remove it", member);
            }
        }
    }

    private static JsonNode Required(JsonObject obj, string name, string at)
    {
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            var member = JsonPointer.Append(at, name);
            throw new BundleFormatException($"member '{member}' is missing", member);
        }

        return node;
    }

    private static JsonObject Object(JsonObject obj, string name, string at) =>
        Required(obj, name, at) as JsonObject ?? throw WrongType(at, name, "an object");

    private static JsonArray Array(JsonObject obj, string name, string at) =>
        Required(obj, name, at) as JsonArray ?? throw WrongType(at, name, "an array");

    private static string String(JsonObject obj, string name, string at) =>
        Required(obj, name, at) is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw WrongType(at, name, "a string");

    private static string NonEmptyString(JsonObject obj, string name, string at)
    {
        var text = String(obj, name, at);
        return text.Length > 0 ? text : throw WrongType(at, name, "a non-empty string");
    }

    private static ulong UInt64(JsonObject obj, string name, string at) =>
        Required(obj, name, at) is JsonValue value && value.TryGetValue<JsonElement>(out var element)
            && element.ValueKind == JsonValueKind.Number && element.TryGetUInt64(out var number)
            ? number
            : throw WrongType(at, name, "a non-negative integer");

    private static Hash32 Hash(JsonObject obj, string name, string at) =>
        new(LowerHex(obj, name, at, Hash32.Size));

    private static Address Address(JsonObject obj, string name, string at)
    {
        var text = String(obj, name, at);
        try
        {
            return Ethereum.Address.Parse(text);
        }
        catch (FormatException e)
        {
            var member = JsonPointer.Append(at, name);
            throw new BundleFormatException($"member '{member}': {e.Message}", member);
        }
    }

    private static byte[] Bytes(JsonObject obj, string name, string at) =>
        LowerHexValue(Required(obj, name, at), at, name, expectedLength: null);

    private static byte[] LowerHex(JsonObject obj, string name, string at, int length) =>
        LowerHexValue(Required(obj, name, at), at, name, length);

    // The member's pointer (at + name) is only built for the error message: a bundle holds dozens of hex values.
    private static byte[] LowerHexValue(JsonNode? node, string at, string name, int? expectedLength, bool escape = true)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            var member = Member(at, name, escape);
            throw new BundleFormatException($"member '{member}' must be {HexDescription(expectedLength)}", member);
        }

        var text = value.GetValue<string>();
        var digits = text.AsSpan(Math.Min(2, text.Length));
        var wellFormed = text.StartsWith("0x", StringComparison.Ordinal) && digits.Length % 2 == 0 && digits.Length > 0
            && Hex.AreLowerHexDigits(digits);
        if (!wellFormed || (expectedLength is { } length && digits.Length != length * 2))
        {
            var member = Member(at, name, escape);
            throw new BundleFormatException($"member '{member}' is '{Shorten(text)}'; expected {HexDescription(expectedLength)}", member);
        }

        return Convert.FromHexString(digits);
    }

    // An array index is appended as is; a member name is escaped as a JSON Pointer token.
    private static string Member(string at, string name, bool escaped) => escaped ? JsonPointer.Append(at, name) : $"{at}/{name}";

    private static string HexDescription(int? expectedLength) =>
        expectedLength is { } n ? $"0x-prefixed lower-case hex of {n} bytes" : "0x-prefixed lower-case hex";

    private static BundleFormatException WrongType(string at, string name, string expected)
    {
        var member = JsonPointer.Append(at, name);
        return new BundleFormatException($"member '{member}' must be {expected}", member);
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
