using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>What to verify against and with what: the ledger state, and the parents' bundles when the holder has them.</summary>
public sealed record VerificationOptions
{
    /// <summary>The ledger state to verify against (latest by default).</summary>
    public AsOf AsOf { get; init; } = AsOf.Latest;

    /// <summary>Bundles of parent documents (any depth); each is matched to a parent link by its document hash.</summary>
    public IReadOnlyList<ProofBundle> ParentBundles { get; init; } = [];

    /// <summary>How many generations of parents are followed.</summary>
    public int MaxParentDepth { get; init; } = 8;
}
