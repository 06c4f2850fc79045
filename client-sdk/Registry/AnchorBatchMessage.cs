using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Ethereum.TypedData;

namespace ProvenanceLedger.Sdk.Registry;

/// <summary>
/// The EIP-712 <c>AnchorBatch(bytes32 root,bytes32 docType,uint256 count,string uri,uint256 nonce,uint256 deadline)</c>
/// an issuer signs so that anyone may anchor the batch for it (<c>anchorBySig</c>); the proof bundle keeps
/// its message as the issuer's signature data.
/// </summary>
public sealed record AnchorBatchMessage(Hash32 Root, Hash32 DocType, uint Count, string Uri, BigInteger Nonce, DateTimeOffset Deadline)
{
    /// <summary>The primary type name.</summary>
    public const string TypeName = "AnchorBatch";

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> Types = new Dictionary<string, IReadOnlyList<TypedDataField>>
    {
        [TypeName] =
        [
            new("root", "bytes32"),
            new("docType", "bytes32"),
            new("count", "uint256"),
            new("uri", "string"),
            new("nonce", "uint256"),
            new("deadline", "uint256"),
        ],
    };

    /// <summary>The typed data to sign for <paramref name="domain"/>.</summary>
    public TypedData ToTypedData(RegistryDomain domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        return new TypedData(Types, TypeName, domain.ToTypedDataDomain(), ToJson());
    }

    /// <summary>Signs the message with the issuer's key for <paramref name="domain"/>.</summary>
    public EthereumSignature Sign(EthereumKey issuer, RegistryDomain domain)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return ToTypedData(domain).Sign(issuer);
    }

    /// <summary>The address whose key made <paramref name="signature"/> over this message for <paramref name="domain"/>.</summary>
    /// <exception cref="SignatureException">The signature recovers to no key, or has a high s.</exception>
    public Address RecoverSigner(EthereumSignature signature, RegistryDomain domain) => ToTypedData(domain).Recover(signature);

    /// <summary>The message as eth_signTypedData_v4 JSON (hashes as hex, integers as decimal strings, deadline as unix seconds).</summary>
    public JsonObject ToJson() => new()
    {
        ["root"] = Root.ToString(),
        ["docType"] = DocType.ToString(),
        ["count"] = Count.ToString(CultureInfo.InvariantCulture),
        ["uri"] = Uri,
        ["nonce"] = Nonce.ToString(CultureInfo.InvariantCulture),
        ["deadline"] = Deadline.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Reads a message written by <see cref="ToJson"/> (integers may also be JSON numbers or 0x hex).</summary>
    /// <exception cref="TypedDataException">A member is missing or malformed.</exception>
    public static AnchorBatchMessage FromJson(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var count = Integer(message, "count");
        var deadline = Integer(message, "deadline");
        if (count < 1 || count > uint.MaxValue)
        {
            throw new TypedDataException($"AnchorBatch.count is {count}; a batch holds 1 to {uint.MaxValue} documents");
        }

        if (deadline < 0 || deadline > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            throw new TypedDataException($"AnchorBatch.deadline is {deadline}, not a unix time");
        }

        return new AnchorBatchMessage(
            Hash(message, "root"),
            Hash(message, "docType"),
            (uint)count,
            message["uri"] is JsonValue uri && uri.TryGetValue<string>(out var text) ? text : throw new TypedDataException("AnchorBatch.uri is missing or not a string"),
            Integer(message, "nonce"),
            DateTimeOffset.FromUnixTimeSeconds((long)deadline));
    }

    private static Hash32 Hash(JsonObject message, string name) =>
        message[name] is JsonValue value && value.TryGetValue<string>(out var text) && Hash32.TryParse(text, out var hash)
            ? hash
            : throw new TypedDataException($"AnchorBatch.{name} is missing or not a 32-byte 0x hex hash");

    private static BigInteger Integer(JsonObject message, string name) =>
        TypedDataValues.ParseInteger(message[name] ?? throw new TypedDataException($"AnchorBatch.{name} is missing"), $"AnchorBatch.{name}");
}
