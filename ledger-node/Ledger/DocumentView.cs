using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>
/// Everything the registry said about a document hash as of a block: its revocation, the revocation of the
/// batch it was named in, what superseded it, what it superseded, and customs decisions, each in chain order.
/// Whether it is anchored at all is a question about its batch root (see <see cref="ILedgerIndex.GetBatch"/>).
/// </summary>
public sealed record DocumentView(
    Hash32 DocHash,
    LedgerPoint AsOf,
    RevocationView? Revocation,
    IReadOnlyList<RevocationView> BatchRevocations,
    SupersessionView? SupersededBy,
    IReadOnlyList<SupersessionView> Supersedes,
    IReadOnlyList<DecisionView> Decisions)
{
    /// <summary>True when the document or a batch it was named in is revoked.</summary>
    public bool IsRevoked => Revocation is not null || BatchRevocations.Count > 0;

    /// <summary>True when a newer document superseded it.</summary>
    public bool IsSuperseded => SupersededBy is not null;

    /// <summary>True when no event named the hash (as of the block).</summary>
    public bool IsUnknown => Revocation is null && BatchRevocations.Count == 0 && SupersededBy is null && Supersedes.Count == 0 && Decisions.Count == 0;
}
