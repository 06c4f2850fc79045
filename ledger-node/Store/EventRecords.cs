using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.Store;

/// <summary>Maps a decoded registry event to the record the store keeps for it (null: kept as a raw log only).</summary>
internal static class EventRecords
{
    public static EventRecord? From(RegistryEvent decoded, Log log, long timestamp)
    {
        EventRecord? record = decoded switch
        {
            BatchAnchoredEvent e => new BatchAnchoredRecord
            {
                Root = e.Root.Bytes.ToArray(), Issuer = e.Issuer.Bytes.ToArray(), DocType = e.DocType.Bytes.ToArray(),
                Count = e.Count, Uri = e.Uri, Relayer = e.Relayer.Bytes.ToArray(),
            },
            BatchRevokedEvent e => new RevocationRecord
            {
                Target = e.Root.Bytes.ToArray(), IsBatch = true, Root = e.Root.Bytes.ToArray(), Issuer = e.Issuer.Bytes.ToArray(),
                Reason = (int)e.Reason, RevokedBy = e.RevokedBy.Bytes.ToArray(),
            },
            DocumentRevokedEvent e => new RevocationRecord
            {
                Target = e.DocHash.Bytes.ToArray(), IsBatch = false, Root = e.Root.Bytes.ToArray(), Issuer = e.Issuer.Bytes.ToArray(),
                Reason = (int)e.Reason, RevokedBy = e.RevokedBy.Bytes.ToArray(),
            },
            SupersededEvent e => new SupersessionRecord
            {
                OldHash = e.OldHash.Bytes.ToArray(), NewHash = e.NewHash.Bytes.ToArray(), Issuer = e.Issuer.Bytes.ToArray(),
                OldRoot = e.OldRoot.Bytes.ToArray(), NewRoot = e.NewRoot.Bytes.ToArray(),
            },
            DecisionRecordedEvent e => new DecisionRecordedRecord
            {
                DocHash = e.DocHash.Bytes.ToArray(), Authority = e.Authority.Bytes.ToArray(), Index = e.Index,
                Decision = (int)e.Decision, Country = e.Country, DeclarationRef = e.DeclarationRef,
            },
            AccreditationGrantedEvent e => Accreditation(e.Issuer, e.DocType, AccreditationChange.Granted, e.ValidFrom, e.ValidUntil, e.Name, e.Uri, 0),
            AccreditationReinstatedEvent e => Accreditation(e.Issuer, e.DocType, AccreditationChange.Reinstated, e.ValidFrom, e.ValidUntil, "", "", 0),
            AccreditationSuspendedEvent e => Accreditation(e.Issuer, e.DocType, AccreditationChange.Suspended, null, null, "", "", (int)e.Reason),
            AccreditationEndedEvent e => Accreditation(e.Issuer, e.DocType, AccreditationChange.Ended, null, null, "", "", (int)e.Reason),
            CustomsAuthorityAddedEvent e => new CustomsAuthorityRecord { Authority = e.Authority.Bytes.ToArray(), Country = e.Country, Added = true },
            CustomsAuthorityRemovedEvent e => new CustomsAuthorityRecord { Authority = e.Authority.Bytes.ToArray(), Country = e.Country, Added = false },
            _ => null,
        };
        if (record is not null)
        {
            record.Id = ChainPosition.Of(log.BlockNumber, log.LogIndex);
            record.BlockNumber = (long)log.BlockNumber;
            record.Timestamp = timestamp;
            record.TransactionHash = log.TransactionHash.Bytes.ToArray();
            record.Registry = log.Address.Bytes.ToArray();
        }

        return record;
    }

    private static AccreditationEventRecord Accreditation(
        Sdk.Ethereum.Address issuer, Sdk.Ethereum.Hash32 docType, AccreditationChange change, DateTimeOffset? from, DateTimeOffset? until, string name, string uri, int reason) => new()
        {
            Issuer = issuer.Bytes.ToArray(),
            DocType = docType.Bytes.ToArray(),
            Change = change,
            ValidFrom = from?.ToUnixTimeSeconds() ?? 0,
            ValidUntil = until?.ToUnixTimeSeconds() ?? 0,
            Name = name,
            Uri = uri,
            Reason = reason,
        };
}
