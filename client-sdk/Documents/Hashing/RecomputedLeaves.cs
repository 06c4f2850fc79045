using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// What recomputing a disclosed document's hash yields: disclosed leaf <c>i</c> is at <see cref="Pointers"/>[i] with
/// its hash at bytes [32·i, 32·i + 32) of <see cref="LeafHashes"/>; the markers' hashes in document order; and, when
/// asked for, every leaf (markers included) with its value for a report, made in the same walk.
/// </summary>
internal sealed record RecomputedLeaves(
    string[] Pointers, byte[] LeafHashes, IReadOnlyList<Hash32> RedactedLeafHashes, Hash32 DocumentHash, IReadOnlyList<FlatLeaf>? Leaves);
