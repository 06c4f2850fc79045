using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>
/// The chain-free half of issuing: every document canonicalised, salted and hashed, the batch Merkle tree
/// built and every document's proof taken from it (O(N log N) in all). Documents are hashed on every core,
/// one hasher per worker. CSPRNG salts are drawn by the workers; any other salt source is drawn first, in
/// document order, so a seeded source gives the same result however the work was spread.
/// </summary>
public sealed class PreparedBatch
{
    private PreparedBatch(IReadOnlyList<HashedDocument> documents, BatchMerkleTree tree)
    {
        Documents = documents;
        Tree = tree;
        Proofs = [.. Enumerable.Range(0, documents.Count).Select(tree.ProofFor)];
    }

    /// <summary>The hashed documents with their salts, in issue order.</summary>
    public IReadOnlyList<HashedDocument> Documents { get; }

    /// <summary>The batch tree.</summary>
    public BatchMerkleTree Tree { get; }

    /// <summary>Each document's Merkle proof, in issue order.</summary>
    public IReadOnlyList<IReadOnlyList<Hash32>> Proofs { get; }

    // Documents per hand-out to a worker: enough to amortise the hand-out, small enough to balance the cores.
    private const int DocumentsPerBlock = 16;

    /// <summary>Hashes <paramref name="documents"/> (envelope JSON) with fresh salts from <paramref name="hasher"/>'s salt source and builds the tree.</summary>
    /// <exception cref="Documents.Hashing.DocumentHashingException">A document is empty or uses a '$' member name (the first such document).</exception>
    /// <exception cref="Canonical.CanonicalJsonException">A value has no canonical form (the first such document).</exception>
    public static PreparedBatch Prepare(IReadOnlyList<JsonObject> documents, DocumentHasher hasher) =>
        Prepare(documents, hasher, Environment.ProcessorCount);

    /// <summary>As above, hashing on at most <paramref name="maxWorkers"/> workers.</summary>
    internal static PreparedBatch Prepare(IReadOnlyList<JsonObject> documents, DocumentHasher hasher, int maxWorkers)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(hasher);
        if (documents.Count == 0)
        {
            throw new IssuingException("a batch needs at least one document");
        }

        var saltsOf = SaltsFor(documents, hasher);
        var hashed = new HashedDocument[documents.Count];
        OrderedParallel.For(
            hashed.Length,
            DocumentsPerBlock,
            maxWorkers,
            () => new IssueWalker(new LeafHasher()),
            (walker, i) => hashed[i] = walker.Issue(documents[i], saltsOf(i)));
        return new PreparedBatch(hashed, BatchMerkleTree.Build([.. hashed.Select(h => h.DocumentHash)]));
    }

    // CSPRNG salts are drawn by whichever worker hashes the document. Any other source is drawn up front in
    // document order, so a seeded source gives the same salts to the same documents however the work is spread.
    private static Func<int, byte[]> SaltsFor(IReadOnlyList<JsonObject> documents, DocumentHasher hasher)
    {
        if (hasher.DrawsInAnyOrder)
        {
            return i => hasher.DrawSalts(documents[i]);
        }

        var drawn = new byte[documents.Count][];
        for (var i = 0; i < drawn.Length; i++)
        {
            drawn[i] = hasher.DrawSalts(documents[i]);
        }

        return i => drawn[i];
    }
}
