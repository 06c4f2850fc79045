using ProvenanceLedger.Node.Ledger;

namespace ProvenanceLedger.Node.ReadModel;

/// <summary>
/// Every event that names one 32-byte hash (a document hash or a batch root), each list in chain order.
/// Immutable: adding an event makes a new instance, so a reader holding one never sees it change. Entries of
/// blocks above a reader's block are in the lists too; readers skip them by block number.
/// </summary>
internal sealed class HashFacts
{
    public static readonly HashFacts None = new();

    private HashFacts()
    {
    }

    /// <summary>The batch anchored with this root (the registry anchors a root once).</summary>
    public BatchView? Batch { get; private init; }

    /// <summary>BatchRevoked events of this root.</summary>
    public RevocationView[] BatchRevocations { get; private init; } = [];

    /// <summary>DocumentRevoked events of this document hash.</summary>
    public RevocationView[] DocumentRevocations { get; private init; } = [];

    /// <summary>Superseded events whose old hash is this one.</summary>
    public SupersessionView[] SupersededBy { get; private init; } = [];

    /// <summary>Superseded events whose new hash is this one.</summary>
    public SupersessionView[] Supersedes { get; private init; } = [];

    /// <summary>Customs decisions on this document hash.</summary>
    public DecisionView[] Decisions { get; private init; } = [];

    public HashFacts WithBatch(BatchView batch) => Copy(batch, BatchRevocations, DocumentRevocations, SupersededBy, Supersedes, Decisions);

    public HashFacts WithRevocation(RevocationView revocation) => revocation.IsBatch
        ? Copy(Batch, [.. BatchRevocations, revocation], DocumentRevocations, SupersededBy, Supersedes, Decisions)
        : Copy(Batch, BatchRevocations, [.. DocumentRevocations, revocation], SupersededBy, Supersedes, Decisions);

    public HashFacts WithSupersededBy(SupersessionView supersession) =>
        Copy(Batch, BatchRevocations, DocumentRevocations, [.. SupersededBy, supersession], Supersedes, Decisions);

    public HashFacts WithSupersedes(SupersessionView supersession) =>
        Copy(Batch, BatchRevocations, DocumentRevocations, SupersededBy, [.. Supersedes, supersession], Decisions);

    public HashFacts WithDecision(DecisionView decision) =>
        Copy(Batch, BatchRevocations, DocumentRevocations, SupersededBy, Supersedes, [.. Decisions, decision]);

    private static HashFacts Copy(
        BatchView? batch, RevocationView[] batchRevocations, RevocationView[] documentRevocations, SupersessionView[] supersededBy, SupersessionView[] supersedes, DecisionView[] decisions) =>
        new()
        {
            Batch = batch,
            BatchRevocations = batchRevocations,
            DocumentRevocations = documentRevocations,
            SupersededBy = supersededBy,
            Supersedes = supersedes,
            Decisions = decisions,
        };
}
