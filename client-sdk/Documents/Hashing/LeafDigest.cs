using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>A disclosed leaf's pointer and its salted hash.</summary>
public readonly record struct LeafDigest(string Pointer, Hash32 LeafHash);
