namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>How many single-block messages one pass of <see cref="Keccak256Lanes"/> hashes, and so which word type it permutes.</summary>
internal enum KeccakLaneWidth
{
    /// <summary>One message at a time in 64-bit words (<see cref="ScalarKeccakLanes"/>).</summary>
    Scalar = 1,

    /// <summary>Four messages, one per element of a <see cref="System.Runtime.Intrinsics.Vector256{T}"/>.</summary>
    Vector256 = 4,

    /// <summary>Eight messages, one per element of a <see cref="System.Runtime.Intrinsics.Vector512{T}"/>.</summary>
    Vector512 = 8,
}
