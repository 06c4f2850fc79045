using System.Text.Json;
using System.Text.Json.Serialization;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>A <see cref="Hash32"/> as its 0x hex string.</summary>
public sealed class Hash32JsonConverter : JsonConverter<Hash32>
{
    /// <inheritdoc />
    public override Hash32 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Hash32.TryParse(reader.GetString(), out var hash) ? hash : throw new JsonException("expected a 32-byte 0x hex hash");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Hash32 value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        // The text Hash32.ToString gives, made on the stack: a report holds a dozen hashes, each a string otherwise.
        Span<byte> text = stackalloc byte[Hex.EncodedLength(Hash32.Size)];
        writer.WriteStringValue(Hex.EncodeUtf8(value.Bytes, text));
    }
}

/// <summary>An <see cref="Address"/> as its EIP-55 checksummed string.</summary>
public sealed class AddressJsonConverter : JsonConverter<Address>
{
    /// <inheritdoc />
    public override Address Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Address.TryParse(reader.GetString(), out var address) ? address : throw new JsonException("expected a 20-byte 0x address");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Address value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
