using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.ReadModel;

/// <summary>
/// The <see cref="ILedgerIndex"/> the node serves: the hot point reads (status, resolve, batch, document,
/// issuer) from the in-memory <see cref="LedgerReadModel"/>, without locks, each call at one published head;
/// lists, pages, the digest and raw logs from the store. While the model is not in step with the file being
/// served (start, rebuild, right after a replay), every read goes to the store.
/// </summary>
internal sealed class ReadModelLedgerIndex(LedgerIndex stored, LedgerReadModel model, LedgerStore store, IndexerProgress progress) : ILedgerIndex
{
    public IndexStatus GetStatus() => model.For(store.Current) is { } state
        ? IndexStatuses.Of(progress, state.Identity, state.Head?.Block, state.Head?.LogCount ?? 0)
        : stored.GetStatus();

    public LedgerPoint Resolve(AsOf asOf) => Queries() is { } read ? read.Resolve(asOf) : stored.Resolve(asOf);

    public BatchView? GetBatch(Hash32 root, AsOf asOf) => Queries() is { } read ? read.GetBatch(root, asOf) : stored.GetBatch(root, asOf);

    public DocumentView GetDocument(Hash32 docHash, Hash32? root, AsOf asOf) =>
        Queries() is { } read ? read.GetDocument(docHash, root, asOf) : stored.GetDocument(docHash, root, asOf);

    public IssuerView? GetIssuer(Address issuer, AsOf asOf) => Queries() is { } read ? read.GetIssuer(issuer, asOf) : stored.GetIssuer(issuer, asOf);

    public Page<BatchView> ListBatches(BatchQuery query) => stored.ListBatches(query);

    public IReadOnlyList<IssuerView> ListIssuers(AsOf asOf) => stored.ListIssuers(asOf);

    public IReadOnlyList<CustomsAuthorityView> ListCustomsAuthorities(AsOf asOf) => stored.ListCustomsAuthorities(asOf);

    public Page<DecisionView> ListDecisions(DecisionQuery query) => stored.ListDecisions(query);

    public DigestView GetDigest(AsOf asOf) => stored.GetDigest(asOf);

    public IReadOnlyList<Log> GetLogs(ulong fromBlock, ulong toBlock, int limit) => stored.GetLogs(fromBlock, toBlock, limit);

    // The same refusals as the store, in the same order: a mismatched chain first, then an empty index.
    private ReadModelQueries? Queries()
    {
        LedgerIndex.ThrowIfNotServed(progress);
        if (model.For(store.Current) is not { } state)
        {
            return null;
        }

        return new ReadModelQueries(state, state.Head ?? throw IndexUnavailable.Empty());
    }
}
