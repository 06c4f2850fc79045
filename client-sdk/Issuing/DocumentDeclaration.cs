using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Ethereum.TypedData;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>
/// The exporter's (declarant's) co-signature on a document: EIP-712
/// <c>DocumentDeclaration(bytes32 documentHash,bytes32 docType)</c> in the registry's domain (name
/// "ProvenanceRegistry", version "1", chain id, registry address — taken from the bundle's anchor), so the
/// declaration is bound to one document on one deployment. It sits in the bundle beside the issuer's
/// AnchorBatch signature with role "declarant"; the registry never sees it.
/// </summary>
public sealed record DocumentDeclaration(Hash32 DocumentHash, Hash32 DocType)
{
    /// <summary>The primary type name.</summary>
    public const string TypeName = "DocumentDeclaration";

    /// <summary>The bundle signature role of a declarant.</summary>
    public const string Role = "declarant";

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> Types = new Dictionary<string, IReadOnlyList<TypedDataField>>
    {
        [TypeName] = [new("documentHash", "bytes32"), new("docType", "bytes32")],
    };

    /// <summary>The typed data for <paramref name="domain"/>.</summary>
    public TypedData ToTypedData(RegistryDomain domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        return new TypedData(Types, TypeName, domain.ToTypedDataDomain(), ToJson());
    }

    /// <summary>The message as eth_signTypedData_v4 JSON.</summary>
    public JsonObject ToJson() => new() { ["documentHash"] = DocumentHash.ToString(), ["docType"] = DocType.ToString() };

    /// <summary>Reads a message written by <see cref="ToJson"/>.</summary>
    /// <exception cref="TypedDataException">A member is missing or not a hash.</exception>
    public static DocumentDeclaration FromJson(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DocumentDeclaration(Hash(message, "documentHash"), Hash(message, "docType"));
    }

    /// <summary>
    /// Returns <paramref name="bundle"/> with the declarant's signature added: <paramref name="declarant"/> signs
    /// the bundle's document hash for the document type <paramref name="docType"/> in the bundle's registry domain.
    /// </summary>
    public static ProofBundle CoSign(ProofBundle bundle, Hash32 docType, EthereumKey declarant)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(declarant);
        var declaration = new DocumentDeclaration(bundle.DocumentHash, docType);
        var domain = new RegistryDomain(bundle.Anchor.ChainId, bundle.Anchor.Registry);
        var signature = declaration.ToTypedData(domain).Sign(declarant);
        var added = new BundleSignature(Role, declarant.Address, BundleSignature.Eip712, signature.ToBytes(), declaration.ToJson());
        return bundle with { Signatures = [.. bundle.Signatures, added] };
    }

    private static Hash32 Hash(JsonObject message, string name) =>
        message[name] is JsonValue value && value.TryGetValue<string>(out var text) && Hash32.TryParse(text, out var hash)
            ? hash
            : throw new TypedDataException($"DocumentDeclaration.{name} is missing or not a 32-byte 0x hex hash");
}
