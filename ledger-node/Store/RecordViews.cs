using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Node.Store;

/// <summary>Turns stored records into the typed views the read API returns.</summary>
internal static class RecordViews
{
    public static DateTimeOffset Time(long unixSeconds) => DateTimeOffset.FromUnixTimeSeconds(unixSeconds);

    public static EventLocation Location(EventRecord record) => new(
        (ulong)record.BlockNumber, Time(record.Timestamp), new Hash32(record.TransactionHash),
        (ulong)record.Id & 0xFF_FFFF, new Address(record.Registry));

    public static BatchView Batch(BatchAnchoredRecord record, RevocationRecord? revocation) => new(
        new Hash32(record.Root), new Address(record.Issuer), new Hash32(record.DocType), (uint)record.Count, record.Uri,
        new Address(record.Relayer), Location(record), revocation is null ? null : Revocation(revocation));

    public static RevocationView Revocation(RevocationRecord record) => new(
        new Hash32(record.Target), record.IsBatch, new Hash32(record.Root), new Address(record.Issuer), (RevocationReason)record.Reason,
        new Address(record.RevokedBy), Location(record));

    public static SupersessionView Supersession(SupersessionRecord record) => new(
        new Hash32(record.OldHash), new Hash32(record.NewHash), new Address(record.Issuer), new Hash32(record.OldRoot),
        new Hash32(record.NewRoot), Location(record));

    public static DecisionView Decision(DecisionRecordedRecord record) => new(
        new Hash32(record.DocHash), new Address(record.Authority), (uint)record.Index, (CustomsDecision)record.Decision,
        record.Country, record.DeclarationRef, Location(record));

    public static AccreditationEventView AccreditationEvent(AccreditationEventRecord record)
    {
        var opens = record.Change is AccreditationChange.Granted or AccreditationChange.Reinstated;
        var cuts = record.Change is AccreditationChange.Suspended or AccreditationChange.Ended;
        return new AccreditationEventView(
            record.Change,
            opens ? Time(record.ValidFrom) : null,
            opens ? Time(record.ValidUntil) : null,
            record.Change == AccreditationChange.Granted ? record.Name : null,
            record.Change == AccreditationChange.Granted ? record.Uri : null,
            cuts ? (AccreditationReason)record.Reason : null,
            Location(record));
    }

    public static CustomsAuthorityView CustomsAuthority(CustomsAuthorityRecord record) =>
        new(new Address(record.Authority), record.Country, record.Added, Location(record));

    public static Log Log(RawLogRecord record)
    {
        var topics = new Hash32[record.Topics.Length / Hash32.Size];
        for (var i = 0; i < topics.Length; i++)
        {
            topics[i] = new Hash32(record.Topics.AsSpan(i * Hash32.Size, Hash32.Size));
        }

        return new Log(
            new Address(record.Address), topics, record.Data, (ulong)record.BlockNumber, new Hash32(record.BlockHash),
            (ulong)record.LogIndex, new Hash32(record.TransactionHash), (ulong)record.TransactionIndex, Removed: false);
    }
}
