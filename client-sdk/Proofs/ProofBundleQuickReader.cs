using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Proofs;

/// <summary>
/// The quick way through <see cref="ProofBundleReader.Read"/>: a well-formed bundle read straight from its UTF-8
/// bytes. Only the document and each signature's data become node trees (parsed from their own slices); salts,
/// hashes and the proof are decoded from the bytes in place, with no node, no string per hex value and all
/// salts in one array. It accepts exactly what the precise reader accepts and gives the same bundle; at anything
/// it cannot vouch for (a missing or misshapen member, an escaped hex string, text that is not plainly strict
/// JSON) it answers null, and the precise reader then reads the text and names the problem as it always has.
/// </summary>
internal static class ProofBundleQuickReader
{
    private static readonly SearchValues<byte> LowerHexDigits = SearchValues.Create("0123456789abcdef"u8);
    // StrictJsonParser's depth limit, which IsPlainlyStrict has held the whole text to (a reader's default is 64).
    private const int MaxDepth = 256;
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = MaxDepth };
    private static readonly JsonDocumentOptions TreeOptions = new() { MaxDepth = MaxDepth };

    // Where each member is in ProofBundleReader.TopMembers.
    private const int FormatAt = 0;
    private const int DocumentAt = 1;
    private const int SaltsAt = 2;
    private const int DocumentHashAt = 3;
    private const int BatchAt = 4;
    private const int AnchorAt = 5;
    private const int SignaturesAt = 6;

    // How many salts to make room for at first (a certificate has 30–80 leaves).
    private const int TypicalSalts = 64;

    /// <summary>The bundle in <paramref name="utf8"/>, or null when the precise reader must decide.</summary>
    /// <exception cref="BundleFormatException">The format member names another format or version (as the precise reader says).</exception>
    public static ProofBundle? TryRead(ReadOnlySpan<byte> utf8)
    {
        // Strict JSON without escaped member names: names compare as raw bytes and none is repeated.
        if (!StrictJsonParser.IsPlainlyStrict(utf8))
        {
            return null;
        }

        // One pass over the top level: the salts, most of a bundle's bytes, are read where they stand; every other
        // member's value is located and read afterwards, once the format says whether unknown members are refused.
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var values = new Range[ProofBundleReader.TopMembers.Length];
        var (found, others) = (0, false);
        OrderedDictionary<string, Salt>? salts = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = IndexOf(ProofBundleReader.TopMembersUtf8, reader.ValueSpan);
            reader.Read();
            found += index < 0 ? 0 : 1;
            if (index == SaltsAt)
            {
                if ((salts = Salts(ref reader)) is null)
                {
                    return null;
                }

                continue;
            }

            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            others |= index < 0;
            if (index >= 0)
            {
                values[index] = start..(int)reader.BytesConsumed;
            }
        }

        if (found != values.Length || !TryString(utf8[values[FormatAt]], out var format))
        {
            return null;
        }

        // Throws exactly what the precise reader throws for this text: the format is its first check.
        var strict = ProofBundleReader.ReadFormat(format);
        if (strict && others)
        {
            return null;
        }

        var document = Tree(utf8[values[DocumentAt]]);
        var batch = Batch(utf8[values[BatchAt]], strict);
        var anchor = Anchor(utf8[values[AnchorAt]], strict);
        var signatures = Signatures(utf8[values[SignaturesAt]], strict);
        return document is null || salts is null || !TryHash(utf8[values[DocumentHashAt]], out var documentHash) || batch is null || anchor is null || signatures is null
            ? null
            : new ProofBundle(document, salts, documentHash, batch, anchor, signatures);
    }

    // A JSON object value as its own node tree (nothing shared with the request's bytes), or null when not an object.
    private static JsonObject? Tree(ReadOnlySpan<byte> value) =>
        value[0] == (byte)'{' ? JsonNode.Parse(value, documentOptions: TreeOptions) as JsonObject : null;

    // The salts object under the reader, read in place; the reader is left on its end. Null when a salt is not as
    // format 1 writes it.
    private static OrderedDictionary<string, Salt>? Salts(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var salts = new OrderedDictionary<string, Salt>(TypicalSalts, StringComparer.Ordinal);
        var decoded = ArrayPool<byte>.Shared.Rent(TypicalSalts * Salt.Size);
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // Member names are unescaped here (plainly strict), so their bytes are the name.
                var pointer = reader.ValueSpan;
                if (pointer.IsEmpty || pointer[0] != (byte)'/')
                {
                    return null;
                }

                var name = Encoding.UTF8.GetString(pointer);
                reader.Read();
                var at = salts.Count * Salt.Size;
                if (at + Salt.Size > decoded.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(decoded.Length * 2);
                    decoded.AsSpan(0, at).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(decoded);
                    decoded = larger;
                }

                if (!TryLowerHex(ref reader, decoded.AsSpan(at, Salt.Size)))
                {
                    return null;
                }

                salts.Add(name, default);
            }

            // Every salt's bytes in one array, shared by the salts in slices: one allocation, not one per salt.
            var bytes = decoded.AsSpan(0, salts.Count * Salt.Size).ToArray();
            for (var i = 0; i < salts.Count; i++)
            {
                salts.SetAt(i, Salt.Share(bytes.AsMemory(i * Salt.Size, Salt.Size)));
            }

            return salts;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(decoded);
        }
    }

    private static BatchInclusion? Batch(ReadOnlySpan<byte> value, bool strict)
    {
        if (!Object(value, ProofBundleReader.BatchMembersUtf8, strict, out var members)
            || !TryHash(value[members[0]], out var root)
            || !TryUInt64(value[members[2]], out var size) || size is 0 or > int.MaxValue)
        {
            return null;
        }

        var reader = new Utf8JsonReader(value[members[1]], ReaderOptions);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var proof = new List<Hash32>();
        Span<byte> hash = stackalloc byte[Hash32.Size];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!TryLowerHex(ref reader, hash))
            {
                return null;
            }

            proof.Add(new Hash32(hash));
        }

        return new BatchInclusion(root, proof.ToArray(), (int)size);
    }

    private static AnchorRecord? Anchor(ReadOnlySpan<byte> value, bool strict) =>
        Object(value, ProofBundleReader.AnchorMembersUtf8, strict, out var members)
        && TryUInt64(value[members[0]], out var chainId)
        && TryAddress(value[members[1]], out var registry)
        && TryHash(value[members[2]], out var transaction)
        && TryUInt64(value[members[3]], out var blockNumber)
        && TryString(value[members[4]], out var blockTimeText)
        && ProofBundleReader.TryParseBlockTime(blockTimeText, out var blockTime)
            ? new AnchorRecord(chainId, registry, transaction, blockNumber, blockTime)
            : null;

    private static List<BundleSignature>? Signatures(ReadOnlySpan<byte> value, bool strict)
    {
        var reader = new Utf8JsonReader(value, ReaderOptions);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var signatures = new List<BundleSignature>(1);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (Signature(value[start..(int)reader.BytesConsumed], strict) is not { } signature)
            {
                return null;
            }

            signatures.Add(signature);
        }

        return signatures;
    }

    private static BundleSignature? Signature(ReadOnlySpan<byte> value, bool strict)
    {
        if (!Object(value, ProofBundleReader.SignatureMembersUtf8, strict, out var members)
            || !TryString(value[members[0]], out var role) || role.Length == 0
            || !TryAddress(value[members[1]], out var signer)
            || !TryString(value[members[2]], out var scheme)
            || Tree(value[members[4]]) is not { } data)
        {
            return null;
        }

        var reader = new Utf8JsonReader(value[members[3]], ReaderOptions);
        reader.Read();
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || !IsLowerHex(reader.ValueSpan, out var length)
            || (scheme == BundleSignature.Eip712 && length != ProofBundleReader.Eip712SignatureLength))
        {
            return null;
        }

        var bytes = new byte[length];
        Convert.FromHexString(reader.ValueSpan[2..], bytes, out _, out _);
        return new BundleSignature(role, signer, scheme, bytes, data);
    }

    // An object value whose members are all there (and, in a strict bundle, no others); each member's value range.
    private static bool Object(ReadOnlySpan<byte> value, byte[][] names, bool strict, out Members members)
    {
        members = new Members(names.Length);
        var reader = new Utf8JsonReader(value, ReaderOptions);
        return reader.Read() && reader.TokenType == JsonTokenType.StartObject
            && members.Collect(ref reader, names) && members.All && !(strict && members.HasOthers);
    }

    private static bool TryString(ReadOnlySpan<byte> value, out string text)
    {
        var reader = new Utf8JsonReader(value, ReaderOptions);
        reader.Read();
        text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : "";
        return reader.TokenType == JsonTokenType.String;
    }

    private static bool TryUInt64(ReadOnlySpan<byte> value, out ulong number)
    {
        var reader = new Utf8JsonReader(value, ReaderOptions);
        reader.Read();
        number = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out number);
    }

    private static bool TryAddress(ReadOnlySpan<byte> value, out Address address)
    {
        address = default;
        return TryString(value, out var text) && Address.TryParse(text, out address);
    }

    private static bool TryHash(ReadOnlySpan<byte> value, out Hash32 hash)
    {
        Span<byte> bytes = stackalloc byte[Hash32.Size];
        var reader = new Utf8JsonReader(value, ReaderOptions);
        reader.Read();
        hash = default;
        if (!TryLowerHex(ref reader, bytes))
        {
            return false;
        }

        hash = new Hash32(bytes);
        return true;
    }

    // The reader's string value as exactly destination.Length bytes of 0x-prefixed lower-case hex, decoded into destination.
    private static bool TryLowerHex(ref Utf8JsonReader reader, scoped Span<byte> destination) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped
        && IsLowerHex(reader.ValueSpan, out var length) && length == destination.Length
        && Convert.FromHexString(reader.ValueSpan[2..], destination, out _, out _) == OperationStatus.Done;

    private static bool IsLowerHex(ReadOnlySpan<byte> text, out int length)
    {
        length = (text.Length - 2) / 2;
        return text.Length > 2 && text.Length % 2 == 0 && text[0] == (byte)'0' && text[1] == (byte)'x'
            && !text[2..].ContainsAnyExcept(LowerHexDigits);
    }

    private static int IndexOf(byte[][] names, ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where each expected member's value lies in an object's text, and whether it has other members.</summary>
    private struct Members(int count)
    {
        private readonly Range[] _values = new Range[count];
        private int _found;

        public readonly bool All => _found == _values.Length;

        public bool HasOthers { get; private set; }

        public readonly Range this[int index] => _values[index];

        // Reads the object's members (the reader is on its start); names are unescaped and unique (plainly strict).
        public bool Collect(ref Utf8JsonReader reader, byte[][] names)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var index = ProofBundleQuickReader.IndexOf(names, reader.ValueSpan);
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (index < 0)
                {
                    HasOthers = true;
                    continue;
                }

                _values[index] = start..(int)reader.BytesConsumed;
                _found++;
            }

            return reader.TokenType == JsonTokenType.EndObject;
        }
    }
}
