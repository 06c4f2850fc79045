using LiteDB;
using ProvenanceLedger.Node.Store.Records;

namespace ProvenanceLedger.Node.Store;

/// <summary>
/// Builds the BSON document of each record by hand, field for field what <see cref="LedgerDatabase"/>'s mapper
/// makes (a test holds them equal), so the write path skips the mapper's reflection. The readers keep using
/// the typed collections and the mapper.
/// </summary>
internal static class RecordDocuments
{
    public static BsonDocument Of(EventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var document = new BsonDocument
        {
            ["_id"] = record.Id,
            [nameof(EventRecord.BlockNumber)] = record.BlockNumber,
            [nameof(EventRecord.Timestamp)] = record.Timestamp,
            [nameof(EventRecord.TransactionHash)] = record.TransactionHash,
            [nameof(EventRecord.Registry)] = record.Registry,
        };
        switch (record)
        {
            case BatchAnchoredRecord r:
                document[nameof(r.Root)] = r.Root;
                document[nameof(r.Issuer)] = r.Issuer;
                document[nameof(r.DocType)] = r.DocType;
                document[nameof(r.Count)] = r.Count;
                document[nameof(r.Uri)] = r.Uri;
                document[nameof(r.Relayer)] = r.Relayer;
                break;
            case RevocationRecord r:
                document[nameof(r.Target)] = r.Target;
                document[nameof(r.IsBatch)] = r.IsBatch;
                document[nameof(r.Root)] = r.Root;
                document[nameof(r.Issuer)] = r.Issuer;
                document[nameof(r.Reason)] = r.Reason;
                document[nameof(r.RevokedBy)] = r.RevokedBy;
                break;
            case SupersessionRecord r:
                document[nameof(r.OldHash)] = r.OldHash;
                document[nameof(r.NewHash)] = r.NewHash;
                document[nameof(r.Issuer)] = r.Issuer;
                document[nameof(r.OldRoot)] = r.OldRoot;
                document[nameof(r.NewRoot)] = r.NewRoot;
                break;
            case DecisionRecordedRecord r:
                document[nameof(r.DocHash)] = r.DocHash;
                document[nameof(r.Authority)] = r.Authority;
                document[nameof(r.Index)] = r.Index;
                document[nameof(r.Decision)] = r.Decision;
                document[nameof(r.Country)] = r.Country;
                document[nameof(r.DeclarationRef)] = r.DeclarationRef;
                break;
            case AccreditationEventRecord r:
                document[nameof(r.Issuer)] = r.Issuer;
                document[nameof(r.DocType)] = r.DocType;
                document[nameof(r.Change)] = (int)r.Change;
                document[nameof(r.ValidFrom)] = r.ValidFrom;
                document[nameof(r.ValidUntil)] = r.ValidUntil;
                document[nameof(r.Name)] = r.Name;
                document[nameof(r.Uri)] = r.Uri;
                document[nameof(r.Reason)] = r.Reason;
                break;
            case CustomsAuthorityRecord r:
                document[nameof(r.Authority)] = r.Authority;
                document[nameof(r.Country)] = r.Country;
                document[nameof(r.Added)] = r.Added;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "no document layout for this record");
        }

        return document;
    }

    public static BsonDocument Of(RawBlockRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new BsonDocument
        {
            ["_id"] = record.Id,
            [nameof(RawBlockRecord.BlockHash)] = record.BlockHash,
            [nameof(RawBlockRecord.LogCount)] = record.LogCount,
            [nameof(RawBlockRecord.Logs)] = record.Logs,
        };
    }

    public static BsonDocument Of(BlockRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new BsonDocument
        {
            ["_id"] = record.Id,
            [nameof(BlockRecord.Hash)] = record.Hash,
            [nameof(BlockRecord.Timestamp)] = record.Timestamp,
            [nameof(BlockRecord.Digest)] = record.Digest,
            [nameof(BlockRecord.LogCount)] = record.LogCount,
            [nameof(BlockRecord.TotalLogs)] = record.TotalLogs,
        };
    }
}
