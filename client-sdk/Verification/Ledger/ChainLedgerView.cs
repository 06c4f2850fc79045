using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>
/// A ledger view straight from the chain: registry views at the block asked for, and eth_getLogs (from
/// <paramref name="fromBlock"/>, the registry's deployment block, up to that block) for the history views
/// cannot give — who revoked and when, decision references, accreditation names and periods.
/// RPC failures become <see cref="LedgerUnavailableException"/>.
/// </summary>
public sealed class ChainLedgerView(RegistryClient registry, ulong fromBlock = 0) : ILedgerView
{
    private readonly RegistryClient _registry = registry ?? throw new ArgumentNullException(nameof(registry));

    /// <inheritdoc />
    public Task<LedgerIdentity> GetIdentityAsync(CancellationToken cancellationToken) => Guarded("the chain id", async () =>
        new LedgerIdentity(await _registry.Rpc.ChainIdAsync(cancellationToken), _registry.Address));

    /// <inheritdoc />
    public Task<LedgerPoint> ResolveAsync(AsOf asOf, CancellationToken cancellationToken) => Guarded($"the block for {asOf}", async () =>
    {
        var latest = await HeaderAsync(BlockParameter.Latest, cancellationToken);
        if (asOf.Block is { } number)
        {
            if (number > latest.Number)
            {
                throw new LedgerUnavailableException($"block {number} is not mined yet (the chain is at block {latest.Number})");
            }

            return Point(await HeaderAsync(number, cancellationToken));
        }

        return asOf.Time is { } time ? await LastBlockAtOrBeforeAsync(time, latest, cancellationToken) : Point(latest);
    });

    /// <inheritdoc />
    public Task<LedgerBatch?> GetBatchAsync(Hash32 root, LedgerPoint at, CancellationToken cancellationToken) => Guarded($"batch {root}", async () =>
    {
        ArgumentNullException.ThrowIfNull(at);
        var batch = await _registry.GetBatchAsync(root, at.BlockNumber, cancellationToken);
        if (!batch.IsAnchored)
        {
            return null;
        }

        var anchored = await _registry.GetBatchAnchoredAsync(root, batch.AnchoredBlock, batch.AnchoredBlock, cancellationToken);
        return new LedgerBatch(root, batch.Issuer, batch.DocType, batch.Count, batch.AnchoredBlock, batch.AnchoredAt, anchored.FirstOrDefault()?.Position.TransactionHash);
    });

    /// <inheritdoc />
    public Task<LedgerRevocation?> GetRevocationAsync(Hash32 hashOrRoot, LedgerPoint at, CancellationToken cancellationToken) => Guarded($"the revocation of {hashOrRoot}", async () =>
    {
        ArgumentNullException.ThrowIfNull(at);
        var asDocument = await _registry.GetEventsAsync<DocumentRevokedEvent>("DocumentRevoked", fromBlock, at.BlockNumber, cancellationToken, hashOrRoot);
        if (asDocument.FirstOrDefault() is { } document)
        {
            return new LedgerRevocation(hashOrRoot, document.Reason, document.RevokedBy, document.Position.BlockNumber, await TimeOfAsync(document, cancellationToken));
        }

        var asBatch = await _registry.GetEventsAsync<BatchRevokedEvent>("BatchRevoked", fromBlock, at.BlockNumber, cancellationToken, hashOrRoot);
        return asBatch.FirstOrDefault() is { } batch
            ? new LedgerRevocation(hashOrRoot, batch.Reason, batch.RevokedBy, batch.Position.BlockNumber, await TimeOfAsync(batch, cancellationToken))
            : null;
    });

    /// <inheritdoc />
    public Task<LedgerSupersession?> GetSupersessionAsync(Hash32 documentHash, LedgerPoint at, CancellationToken cancellationToken) => Guarded($"the supersession of {documentHash}", async () =>
    {
        ArgumentNullException.ThrowIfNull(at);
        var superseded = await _registry.GetEventsAsync<SupersededEvent>("Superseded", fromBlock, at.BlockNumber, cancellationToken, documentHash);
        return superseded.FirstOrDefault() is { } e
            ? new LedgerSupersession(e.OldHash, e.NewHash, e.Position.BlockNumber, await TimeOfAsync(e, cancellationToken))
            : null;
    });

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerDecision>> GetDecisionsAsync(Hash32 documentHash, LedgerPoint at, CancellationToken cancellationToken) => Guarded($"the decisions on {documentHash}", async () =>
    {
        ArgumentNullException.ThrowIfNull(at);
        var recorded = await _registry.GetEventsAsync<DecisionRecordedEvent>("DecisionRecorded", fromBlock, at.BlockNumber, cancellationToken, documentHash);
        var decisions = new List<LedgerDecision>(recorded.Count);
        foreach (var e in recorded)
        {
            decisions.Add(new LedgerDecision(e.Decision, e.Authority, e.Country, e.DeclarationRef, e.Position.BlockNumber, await TimeOfAsync(e, cancellationToken)));
        }

        return (IReadOnlyList<LedgerDecision>)decisions;
    });

    /// <inheritdoc />
    public Task<LedgerAccreditation> GetAccreditationAsync(Address issuer, Hash32 docType, LedgerPoint at, CancellationToken cancellationToken) => Guarded($"the accreditation of {issuer}", async () =>
    {
        ArgumentNullException.ThrowIfNull(at);
        var events = new List<RegistryEvent>();
        events.AddRange(await _registry.GetEventsAsync<AccreditationGrantedEvent>("AccreditationGranted", fromBlock, at.BlockNumber, cancellationToken, issuer, docType));
        events.AddRange(await _registry.GetEventsAsync<AccreditationSuspendedEvent>("AccreditationSuspended", fromBlock, at.BlockNumber, cancellationToken, issuer, docType));
        events.AddRange(await _registry.GetEventsAsync<AccreditationReinstatedEvent>("AccreditationReinstated", fromBlock, at.BlockNumber, cancellationToken, issuer, docType));
        events.AddRange(await _registry.GetEventsAsync<AccreditationEndedEvent>("AccreditationEnded", fromBlock, at.BlockNumber, cancellationToken, issuer, docType));
        var ordered = events.OrderBy(e => e.Position.BlockNumber).ThenBy(e => e.Position.LogIndex).ToList();
        var times = new Dictionary<RegistryEvent, DateTimeOffset>();
        foreach (var e in ordered.Where(e => e is AccreditationSuspendedEvent or AccreditationEndedEvent))
        {
            times[e] = await TimeOfAsync(e, cancellationToken);
        }

        return AccreditationHistoryReplay.Replay(ordered, e => times[e]);
    });

    private async Task<DateTimeOffset> TimeOfAsync(RegistryEvent e, CancellationToken cancellationToken) =>
        (await HeaderAsync(e.Position.BlockNumber, cancellationToken)).Time;

    private async Task<BlockHeader> HeaderAsync(BlockParameter block, CancellationToken cancellationToken) =>
        await _registry.Rpc.GetBlockByNumberAsync(block, cancellationToken)
        ?? throw new LedgerUnavailableException($"the chain has no block {block}");

    // Binary search for the last block whose timestamp is at or before the time (timestamps never decrease).
    private async Task<LedgerPoint> LastBlockAtOrBeforeAsync(DateTimeOffset time, BlockHeader latest, CancellationToken cancellationToken)
    {
        if (latest.Time <= time)
        {
            return Point(latest);
        }

        var genesis = await HeaderAsync(0UL, cancellationToken);
        if (genesis.Time > time)
        {
            throw new LedgerUnavailableException($"the chain did not exist at {time:u} (its first block is from {genesis.Time:u})");
        }

        ulong low = 0, high = latest.Number;
        var best = genesis;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            var header = await HeaderAsync(middle, cancellationToken);
            if (header.Time <= time)
            {
                (low, best) = (middle, header);
            }
            else
            {
                high = middle - 1;
            }
        }

        return Point(best.Number == low ? best : await HeaderAsync(low, cancellationToken));
    }

    private static LedgerPoint Point(BlockHeader header) => new(header.Number, header.Time);

    private static async Task<T> Guarded<T>(string what, Func<Task<T>> ask)
    {
        try
        {
            return await ask();
        }
        catch (RpcException e)
        {
            throw new LedgerUnavailableException($"could not read {what} from the chain: {e.Message}", e);
        }
    }
}
