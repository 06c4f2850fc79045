using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// What issuing a document yields, as the walk left it: leaf <c>i</c> is at <see cref="Pointers"/>[i], with its salt
/// in <see cref="Salts"/> (in the same order) and its hash at bytes [32·i, 32·i + 32) of <see cref="LeafHashes"/>
/// when they were kept (null when only the document hash was wanted). <see cref="Pointers"/> may be shared by every
/// document of the same shape (PointerShapes): never write to it.
/// </summary>
internal sealed record IssuedLeaves(LeafSalts Salts, string[] Pointers, byte[]? LeafHashes, Hash32 DocumentHash);
