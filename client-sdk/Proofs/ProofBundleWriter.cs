using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Proofs;

/// <summary>
/// Writes a proof bundle as pretty-printed UTF-8 JSON: two-space indent, '\n' line ends, members in the order
/// of FORMAT.md §5, addresses EIP-55 checksummed, hex lower-case, non-ASCII text unescaped. The same bundle
/// always gives the same bytes (golden files rely on it).
/// </summary>
public static class ProofBundleWriter
{
    private const string BlockTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    // "0x" and 64 hex digits: a salt, a hash or a proof node.
    private static readonly int HexLength = Hex.EncodedLength(Hash32.Size);

    // Room for a typical bundle (certificates of origin write ~11 KB) without growing.
    private const int InitialBufferSize = 16 * 1024;

    /// <summary>The bundle's bytes.</summary>
    public static byte[] Write(ProofBundle bundle)
    {
        using var buffer = new PooledBufferWriter(InitialBufferSize);
        Write(bundle, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the bundle to <paramref name="destination"/>.</summary>
    public static async Task WriteAsync(ProofBundle bundle, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await destination.WriteAsync(Write(bundle), cancellationToken);
    }

    /// <summary>Writes the bundle to a file, replacing it.</summary>
    public static Task WriteFileAsync(ProofBundle bundle, string path, CancellationToken cancellationToken) =>
        File.WriteAllBytesAsync(path, Write(bundle), cancellationToken);

    private static void Write(ProofBundle bundle, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // The file is data, never embedded in HTML; keep names and text readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var writer = new Utf8JsonWriter(output, options))
        {
            writer.WriteStartObject();
            writer.WriteString("format", ProofBundle.FormatName);
            writer.WritePropertyName("document");
            bundle.WriteDocument(writer);
            writer.WriteStartObject("salts");
            Span<byte> hex = stackalloc byte[HexLength];
            foreach (var (pointer, salt) in bundle.Salts)
            {
                writer.WriteString(pointer, Hex.EncodeUtf8(salt.Bytes, hex));
            }

            writer.WriteEndObject();
            writer.WriteString("documentHash", Hex.EncodeUtf8(bundle.DocumentHash.Bytes, hex));
            WriteBatch(writer, bundle.Batch);
            WriteAnchor(writer, bundle.Anchor);
            writer.WriteStartArray("signatures");
            foreach (var signature in bundle.Signatures)
            {
                WriteSignature(writer, signature);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }

    private static void WriteBatch(Utf8JsonWriter writer, BatchInclusion batch)
    {
        writer.WriteStartObject("batch");
        Span<byte> hex = stackalloc byte[HexLength];
        writer.WriteString("root", Hex.EncodeUtf8(batch.Root.Bytes, hex));
        writer.WriteStartArray("proof");
        foreach (var sibling in batch.Proof)
        {
            writer.WriteStringValue(Hex.EncodeUtf8(sibling.Bytes, hex));
        }

        writer.WriteEndArray();
        writer.WriteNumber("size", batch.Size);
        writer.WriteEndObject();
    }

    private static void WriteAnchor(Utf8JsonWriter writer, AnchorRecord anchor)
    {
        writer.WriteStartObject("anchor");
        writer.WriteNumber("chainId", anchor.ChainId);
        writer.WriteString("registry", anchor.Registry.ToString());
        writer.WriteString("transactionHash", anchor.TransactionHash.ToString());
        writer.WriteNumber("blockNumber", anchor.BlockNumber);
        writer.WriteString("blockTime", anchor.BlockTime.UtcDateTime.ToString(BlockTimeFormat, CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    private static void WriteSignature(Utf8JsonWriter writer, BundleSignature signature)
    {
        writer.WriteStartObject();
        writer.WriteString("role", signature.Role);
        writer.WriteString("signer", signature.Signer.ToString());
        writer.WriteString("scheme", signature.Scheme);
        writer.WriteString("signature", Hex.Encode(signature.Signature.Span));
        writer.WritePropertyName("data");
        signature.Data.WriteTo(writer);
        writer.WriteEndObject();
    }
}
