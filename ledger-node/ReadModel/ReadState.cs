using System.Collections.Concurrent;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.ReadModel;

/// <summary>
/// The read model of one index file: every event record the hot reads need, as the views the API returns.
/// One writer (the indexer) appends; any number of readers read without locks. Entries are only ever added,
/// each carrying its block, and a reader answers at the <see cref="ReadHead"/> it took, skipping entries of
/// later blocks: a range being appended is invisible until its head is published. A rollback is never done in
/// place: the model is rebuilt from the store and replaces this one.
/// </summary>
internal sealed class ReadState
{
    private readonly ConcurrentDictionary<Hash32, HashFacts> _hashes = new();
    private readonly ConcurrentDictionary<Address, AccreditationEntry[]> _issuers = new();
    private readonly SharedValues _shared = new();
    private BlockStamp[] _logBlocks = new BlockStamp[256];
    private int _logBlockCount;
    private ReadHead? _head;

    public ReadState(LedgerDatabase database, IdentityRecord? identity)
    {
        Database = database;
        Identity = identity;
    }

    /// <summary>The index file this model mirrors.</summary>
    public LedgerDatabase Database { get; }

    /// <summary>The identity the file was bound to when the model was built (a change rebuilds the model).</summary>
    public IdentityRecord? Identity { get; }

    /// <summary>The newest committed state (null before the first range).</summary>
    public ReadHead? Head => Volatile.Read(ref _head);

    /// <summary>Everything known about a hash (entries of every appended block).</summary>
    public HashFacts Facts(Hash32 hash) => _hashes.GetValueOrDefault(hash, HashFacts.None);

    /// <summary>An issuer's accreditation events in chain order (entries of every appended block).</summary>
    public AccreditationEntry[] Accreditations(Address issuer) => _issuers.GetValueOrDefault(issuer, []);

    /// <summary>Writer: adds one stored event record (in chain order).</summary>
    public void Add(EventRecord record)
    {
        switch (record)
        {
            case BatchAnchoredRecord batch:
                var anchored = _shared.Batch(RecordViews.Batch(batch, null));
                Update(anchored.Root, f => f.WithBatch(anchored));
                break;
            case RevocationRecord revocation:
                var revoked = _shared.Revocation(RecordViews.Revocation(revocation));
                Update(revoked.Target, f => f.WithRevocation(revoked));
                break;
            case SupersessionRecord supersession:
                var view = _shared.Supersession(RecordViews.Supersession(supersession));
                Update(view.OldHash, f => f.WithSupersededBy(view));
                Update(view.NewHash, f => f.WithSupersedes(view));
                break;
            case DecisionRecordedRecord decision:
                var decided = _shared.Decision(RecordViews.Decision(decision));
                Update(decided.DocHash, f => f.WithDecision(decided));
                break;
            case AccreditationEventRecord accreditation:
                var issuer = new Address(accreditation.Issuer);
                var entry = new AccreditationEntry(_shared.DocType(new Hash32(accreditation.DocType)), _shared.Accreditation(RecordViews.AccreditationEvent(accreditation)));
                _issuers[issuer] = [.. Accreditations(issuer), entry];
                break;
            default:
                // Customs authority events are answered by the store (a list read, not a hot one).
                break;
        }
    }

    /// <summary>Writer: records a block with registry logs (in number order).</summary>
    public void AddLogBlock(BlockStamp block)
    {
        if (_logBlockCount == _logBlocks.Length)
        {
            // Readers keep using the old array through their head; its covered part never changes.
            var grown = new BlockStamp[_logBlocks.Length * 2];
            _logBlocks.AsSpan().CopyTo(grown);
            _logBlocks = grown;
        }

        _logBlocks[_logBlockCount++] = block;
    }

    /// <summary>Writer: makes everything added so far visible, as the state at <paramref name="checkpoint"/>.</summary>
    public void Publish(CheckpointRecord checkpoint, BlockStamp[] rangeEnds) =>
        Volatile.Write(ref _head, new ReadHead(
            (ulong)checkpoint.BlockNumber, checkpoint.BlockTimestamp, checkpoint.BlockHash, checkpoint.TotalLogs, _logBlocks, _logBlockCount, rangeEnds));

    // One writer, so read-copy-replace needs no compare-and-swap; readers see the old or the new facts.
    private void Update(Hash32 hash, Func<HashFacts, HashFacts> change) => _hashes[hash] = change(Facts(hash));
}

/// <summary>One accreditation event of an issuer, with the document type it concerns.</summary>
internal readonly record struct AccreditationEntry(Hash32 DocType, AccreditationEventView Event);
