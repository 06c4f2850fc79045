using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Testing;

/// <summary>An anchored batch: its tree (root and proofs), documents, and the anchoring transaction.</summary>
public sealed record AnchoredBatch(BatchMerkleTree Tree, Hash32[] Documents, RegistryTransaction Anchoring)
{
    public Hash32 Root => Tree.Root;

    /// <summary>The block the batch was anchored in.</summary>
    public ulong Block => Anchoring.Receipt.BlockNumber;

    public IReadOnlyList<Hash32> ProofOf(int index) => Tree.ProofFor(index);
}
