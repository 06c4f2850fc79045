using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Proofs;

/// <summary>
/// Everything a verifier needs for one document, as stored in a <c>*.provenance.json</c> file (FORMAT.md §5).
/// The stored <see cref="DocumentHash"/> is a claim: a verifier recomputes it from <see cref="Document"/> and <see cref="Salts"/>.
/// </summary>
public sealed record ProofBundle
{
    private BundleDocument _document;

    /// <summary>Creates a bundle.</summary>
    /// <param name="document">The document (envelope and body), redacted parts replaced by markers.</param>
    /// <param name="salts">Pointer → salt for each disclosed leaf, in document order.</param>
    /// <param name="documentHash">The claimed document hash.</param>
    /// <param name="batch">Where the document sits in its anchored batch.</param>
    /// <param name="anchor">The transaction that anchored the batch root.</param>
    /// <param name="signatures">Signatures over the batch or the document (issuer, declarant, …).</param>
    public ProofBundle(
        JsonObject document,
        IReadOnlyDictionary<string, Salt> salts,
        Hash32 documentHash,
        BatchInclusion batch,
        AnchorRecord anchor,
        IReadOnlyList<BundleSignature> signatures)
        : this(new BundleDocument(document), salts, documentHash, batch, anchor, signatures)
    {
    }

    /// <summary>A bundle whose document may still be compact JSON text (issue keeps it so).</summary>
    internal ProofBundle(
        BundleDocument document,
        IReadOnlyDictionary<string, Salt> salts,
        Hash32 documentHash,
        BatchInclusion batch,
        AnchorRecord anchor,
        IReadOnlyList<BundleSignature> signatures)
    {
        _document = document;
        Salts = salts;
        DocumentHash = documentHash;
        Batch = batch;
        Anchor = anchor;
        Signatures = signatures;
    }

    /// <summary>The format name and major version this SDK writes and reads.</summary>
    public const string FormatName = "provenance-bundle/1";

    /// <summary>The document (envelope and body), redacted parts replaced by markers; the same object on every read.</summary>
    public JsonObject Document
    {
        get => _document.Json;
        init => _document = new BundleDocument(value);
    }

    /// <summary>Pointer → salt for each disclosed leaf, in document order.</summary>
    public IReadOnlyDictionary<string, Salt> Salts { get; init; }

    /// <summary>The claimed document hash.</summary>
    public Hash32 DocumentHash { get; init; }

    /// <summary>Where the document sits in its anchored batch.</summary>
    public BatchInclusion Batch { get; init; }

    /// <summary>The transaction that anchored the batch root.</summary>
    public AnchorRecord Anchor { get; init; }

    /// <summary>Signatures over the batch or the document (issuer, declarant, …).</summary>
    public IReadOnlyList<BundleSignature> Signatures { get; init; }

    /// <summary>The bundle's parts in the constructor's order, as a positional record gives them.</summary>
    public void Deconstruct(
        out JsonObject document,
        out IReadOnlyDictionary<string, Salt> salts,
        out Hash32 documentHash,
        out BatchInclusion batch,
        out AnchorRecord anchor,
        out IReadOnlyList<BundleSignature> signatures)
    {
        document = Document;
        salts = Salts;
        documentHash = DocumentHash;
        batch = Batch;
        anchor = Anchor;
        signatures = Signatures;
    }

    /// <summary>The document's UTF-8 text while nobody has asked for <see cref="Document"/>; empty once someone has.</summary>
    internal ReadOnlySpan<byte> UntouchedDocumentUtf8 => _document.UntouchedUtf8;

    /// <summary>The document to read without changing it (not made <see cref="Document"/>'s object by reading).</summary>
    internal JsonObject DocumentView => _document.View;

    /// <summary>Writes the document without making its object when it is still compact text.</summary>
    internal void WriteDocument(Utf8JsonWriter writer) => _document.WriteTo(writer);
}

/// <summary>The batch part of a bundle: root, the document's Merkle proof (bottom up) and the batch size.</summary>
public sealed record BatchInclusion(Hash32 Root, IReadOnlyList<Hash32> Proof, int Size);

/// <summary>The anchoring transaction of a batch root.</summary>
/// <param name="ChainId">EIP-155 chain id.</param>
/// <param name="Registry">The registry contract that holds the root.</param>
/// <param name="TransactionHash">The anchoring transaction.</param>
/// <param name="BlockNumber">The block that included it.</param>
/// <param name="BlockTime">The block's timestamp (UTC).</param>
public sealed record AnchorRecord(ulong ChainId, Address Registry, Hash32 TransactionHash, ulong BlockNumber, DateTimeOffset BlockTime);

/// <summary>One signature carried by a bundle.</summary>
/// <param name="Role">Who signed: "issuer", "declarant", or another role name.</param>
/// <param name="Signer">The address the signature must recover to.</param>
/// <param name="Scheme">The signing scheme; format 1 defines "eip712".</param>
/// <param name="Signature">The signature bytes (65 bytes r || s || v for eip712).</param>
/// <param name="Data">The typed data's message that was signed.</param>
public sealed record BundleSignature(string Role, Address Signer, string Scheme, ReadOnlyMemory<byte> Signature, JsonObject Data)
{
    /// <summary>The EIP-712 typed-data scheme.</summary>
    public const string Eip712 = "eip712";
}
