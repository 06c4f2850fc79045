using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>
/// Read side of the ledger node's index: everything the API asks, as of a block or a time. Reads are local
/// (an embedded LiteDB file), consistent per call, and never wait on the chain. Every query throws
/// <see cref="LedgerUnavailableException"/> while the index does not match the chain the node follows, and
/// <see cref="ArgumentException"/> for a malformed cursor or limit.
/// </summary>
public interface ILedgerIndex
{
    /// <summary>Health and progress (never throws).</summary>
    IndexStatus GetStatus();

    /// <summary>The block a query <paramref name="asOf"/> is answered at (capped at the indexed block).</summary>
    LedgerPoint Resolve(AsOf asOf);

    /// <summary>A batch by root; null when not anchored as of the block.</summary>
    BatchView? GetBatch(Hash32 root, AsOf asOf);

    /// <summary>Batches in chain order, optionally by issuer or document type.</summary>
    Page<BatchView> ListBatches(BatchQuery query);

    /// <summary>Revocations, supersessions and decisions naming <paramref name="docHash"/>; with <paramref name="root"/>, the batch's revocation too.</summary>
    DocumentView GetDocument(Hash32 docHash, Hash32? root, AsOf asOf);

    /// <summary>An issuer's accreditations with full history; null when never accredited as of the block.</summary>
    IssuerView? GetIssuer(Address issuer, AsOf asOf);

    /// <summary>Every issuer ever accredited as of the block, in address order.</summary>
    IReadOnlyList<IssuerView> ListIssuers(AsOf asOf);

    /// <summary>Customs authorities (latest event per authority) as of the block.</summary>
    IReadOnlyList<CustomsAuthorityView> ListCustomsAuthorities(AsOf asOf);

    /// <summary>Customs decisions in chain order, filtered and paged.</summary>
    Page<DecisionView> ListDecisions(DecisionQuery query);

    /// <summary>The audit digest at the block.</summary>
    DigestView GetDigest(AsOf asOf);

    /// <summary>Raw registry logs of blocks [<paramref name="fromBlock"/>, <paramref name="toBlock"/>] in chain order, at most <paramref name="limit"/> (the event export).</summary>
    IReadOnlyList<Log> GetLogs(ulong fromBlock, ulong toBlock, int limit);
}
