using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;
using Wording = ProvenanceLedger.Sdk.Registry.Events.DocumentHistoryWording;

namespace ProvenanceLedger.Node.Api;

/// <summary>Builds the status and history of a document hash from the index.</summary>
internal static class DocumentStatusReader
{
    public static DocumentStatusResponse Status(ILedgerIndex index, Hash32 hash, Hash32? root, IReadOnlyList<Hash32>? proof, AsOf asOf)
    {
        var view = index.GetDocument(hash, root, asOf);
        DocumentInclusion? inclusion = null;
        if (root is { } r)
        {
            var valid = proof is null ? (bool?)null : BatchMerkleTree.Verify(hash, proof, r);
            inclusion = new DocumentInclusion(r, valid, index.GetBatch(r, asOf));
        }

        var (state, summary) = Classify(view, inclusion);
        return new DocumentStatusResponse(hash, state, summary, inclusion, view);
    }

    public static DocumentHistoryResponse History(ILedgerIndex index, Hash32 hash, Hash32? root, AsOf asOf)
    {
        var view = index.GetDocument(hash, root, asOf);
        var events = new List<DocumentHistoryEntry>();
        if (root is { } r && index.GetBatch(r, asOf) is { } batch)
        {
            events.Add(new(Wording.BatchAnchoredEvent, batch.Anchored, Wording.BatchAnchored(batch.Count, batch.Issuer), batch.Root));
        }

        if (view.Revocation is { } revocation)
        {
            events.Add(new(Wording.DocumentRevokedEvent, revocation.At, Wording.DocumentRevoked(revocation.RevokedBy, revocation.Reason), revocation.Root));
        }

        events.AddRange(view.BatchRevocations.Select(b => new DocumentHistoryEntry(Wording.BatchRevokedEvent, b.At, Wording.BatchRevoked(b.RevokedBy, b.Reason), b.Root)));
        if (view.SupersededBy is { } by)
        {
            events.Add(new(Wording.SupersededEvent, by.At, Wording.SupersededBy(by.NewHash), by.NewHash));
        }

        events.AddRange(view.Supersedes.Select(s => new DocumentHistoryEntry(Wording.SupersedesEvent, s.At, Wording.Supersedes(s.OldHash), s.OldHash)));
        events.AddRange(view.Decisions.Select(d => new DocumentHistoryEntry(Wording.DecisionRecordedEvent, d.At, Wording.DecisionRecorded(d.Decision, d.Authority, d.Country, d.DeclarationRef), null)));
        events.Sort((a, b) => (a.At.BlockNumber, a.At.LogIndex).CompareTo((b.At.BlockNumber, b.At.LogIndex)));
        if (events.Count == 0)
        {
            throw new ApiInputException("Unknown document", $"No registry event names {hash} as of block {view.AsOf.BlockNumber}; pass ?root= with its batch root to include the anchoring.", StatusCodes.Status404NotFound);
        }

        return new DocumentHistoryResponse(hash, view.AsOf, events);
    }

    private static (DocumentState, string) Classify(DocumentView view, DocumentInclusion? inclusion)
    {
        if (inclusion is { ProofValid: false })
        {
            return (DocumentState.ProofMismatch, "The Merkle path does not lead from this hash to the root: the link is damaged or not for this document.");
        }

        if (inclusion is { Batch: null })
        {
            return (DocumentState.NotAnchored, $"Batch {inclusion.Root} is not anchored as of block {view.AsOf.BlockNumber}.");
        }

        if (view.IsRevoked)
        {
            var reason = view.Revocation?.Reason ?? view.BatchRevocations[0].Reason;
            return (DocumentState.Revoked, $"Revoked ({reason}); do not rely on this document.");
        }

        if (view.SupersededBy is { } by)
        {
            return (DocumentState.Superseded, $"Superseded by {by.NewHash}; ask for the newer document.");
        }

        if (inclusion is { Batch: { } batch })
        {
            return (DocumentState.Anchored, $"Anchored in block {batch.Anchored.BlockNumber} by {batch.Issuer}; not revoked, not superseded.");
        }

        if (view.IsUnknown)
        {
            throw new ApiInputException("Unknown document", $"No registry event names {view.DocHash} as of block {view.AsOf.BlockNumber}; pass ?root= (and &proof=) to check its anchoring.", StatusCodes.Status404NotFound);
        }

        return (DocumentState.Known, "The ledger has events for this hash; pass ?root= to check that it is anchored.");
    }
}
