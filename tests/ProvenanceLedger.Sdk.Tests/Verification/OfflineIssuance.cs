using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Tests.Documents;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Sdk.Tests.Verification;

/// <summary>
/// Issues bundles without a chain, exactly as <see cref="DocumentBatchIssuer"/> would, and records the batch
/// in an <see cref="InMemoryLedger"/> (anchored in block <see cref="AnchorBlock"/> unless told otherwise).
/// </summary>
internal sealed class OfflineIssuance
{
    public const ulong AnchorBlock = 100;

    public static readonly Address Registry = Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");

    private static readonly byte[] IssuerSecret = [.. Enumerable.Repeat((byte)0x11, 32)];
    private static readonly byte[] OtherSecret = [.. Enumerable.Repeat((byte)0x22, 32)];

    public OfflineIssuance()
    {
        Ledger = new InMemoryLedger(Registry);
        foreach (var type in new[] { DocumentType.CertificateOfOrigin, DocumentType.OriginDeclaration, DocumentType.CommercialInvoice, DocumentType.PhytosanitaryCertificate })
        {
            Ledger.Accredit(IssuerKey.Address, type.Id, 1, InMemoryLedger.TimeOf(1), InMemoryLedger.TimeOf(10_000));
        }
    }

    public EthereumKey IssuerKey { get; } = EthereumKey.FromPrivateKey(IssuerSecret);

    public EthereumKey OtherKey { get; } = EthereumKey.FromPrivateKey(OtherSecret);

    public InMemoryLedger Ledger { get; }

    public RegistryDomain Domain => new(Ledger.Identity.ChainId, Registry);

    public DocumentVerifier Verifier() => new(Ledger);

    public IReadOnlyList<ProofBundle> Issue(IReadOnlyList<TradeDocument> documents, ulong? anchorBlock = AnchorBlock, EthereumKey? signer = null, int seed = 1337)
    {
        var prepared = PreparedBatch.Prepare([.. documents.Select(d => d.ToJson())], new DocumentHasher(new SeededSaltSource(seed)));
        var block = anchorBlock ?? AnchorBlock;
        var docType = documents[0].Type.Id;
        var message = new AnchorBatchMessage(prepared.Tree.Root, docType, (uint)documents.Count, "", 0, InMemoryLedger.TimeOf(block).AddHours(1));
        var signature = message.Sign(signer ?? IssuerKey, Domain);
        var transaction = Keccak256.Hash(prepared.Tree.Root.Bytes);
        if (anchorBlock is not null)
        {
            Ledger.Anchor(new LedgerBatch(prepared.Tree.Root, IssuerKey.Address, docType, (uint)documents.Count, block, InMemoryLedger.TimeOf(block), transaction));
        }

        var anchor = new AnchorRecord(Ledger.Identity.ChainId, Registry, transaction, block, InMemoryLedger.TimeOf(block));
        var issuerSignature = new BundleSignature("issuer", IssuerKey.Address, BundleSignature.Eip712, signature.ToBytes(), message.ToJson());
        return [.. prepared.Documents.Select((hashed, i) => new ProofBundle(hashed.Document, hashed.Salts, hashed.DocumentHash,
            new BatchInclusion(prepared.Tree.Root, prepared.Proofs[i], prepared.Tree.Size), anchor, [issuerSignature]))];
    }

    public IReadOnlyList<ProofBundle> IssueCertificates(int count, ulong? anchorBlock = AnchorBlock, int seed = 1337) =>
        Issue(Issuing.SampleBatches.Certificates(count, IssuerKey.Address, seed), anchorBlock, seed: seed);
}
