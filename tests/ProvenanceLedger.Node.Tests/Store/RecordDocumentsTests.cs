using LiteDB;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Store.Records;

namespace ProvenanceLedger.Node.Tests.Store;

public class RecordDocumentsTests
{
    private readonly Random _random = new(1337);

    public static TheoryData<string> RecordKinds => new() { "batch", "revocation", "supersession", "decision", "accreditation", "customs authority" };

    [Theory]
    [MemberData(nameof(RecordKinds))]
    public void A_hand_built_document_is_field_for_field_the_mappers(string kind)
    {
        using var database = LedgerDatabase.OpenInMemory();
        EventRecord record = kind switch
        {
            "batch" => new BatchAnchoredRecord { Root = Bytes(32), Issuer = Bytes(20), DocType = Bytes(32), Count = 250, Uri = "ipfs://x", Relayer = Bytes(20) },
            "revocation" => new RevocationRecord { Target = Bytes(32), IsBatch = true, Root = Bytes(32), Issuer = Bytes(20), Reason = 3, RevokedBy = Bytes(20) },
            "supersession" => new SupersessionRecord { OldHash = Bytes(32), NewHash = Bytes(32), Issuer = Bytes(20), OldRoot = Bytes(32), NewRoot = Bytes(32) },
            "decision" => new DecisionRecordedRecord { DocHash = Bytes(32), Authority = Bytes(20), Index = 2, Decision = 1, Country = "CL", DeclarationRef = "CL-0001" },
            "accreditation" => new AccreditationEventRecord
            {
                Issuer = Bytes(20), DocType = Bytes(32), Change = AccreditationChange.Suspended, ValidFrom = 1_767_225_600, ValidUntil = 1_798_761_600,
                Name = "Chamber", Uri = "", Reason = 2,
            },
            "customs authority" => new CustomsAuthorityRecord { Authority = Bytes(20), Country = "PE", Added = true },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown record kind"),
        };
        record.Id = ChainPosition.Of(1_234, 7);
        record.BlockNumber = 1_234;
        record.Timestamp = 1_767_229_000;
        record.TransactionHash = Bytes(32);
        record.Registry = Bytes(20);

        Assert.Equal(Canonical(database.Mapper.ToDocument(record.GetType(), record)), Canonical(RecordDocuments.Of(record)));
    }

    [Fact]
    public void Block_and_raw_block_documents_are_the_mappers()
    {
        using var database = LedgerDatabase.OpenInMemory();
        var block = new BlockRecord { Id = 99, Hash = Bytes(32), Timestamp = 1_767_229_000, Digest = Bytes(32), LogCount = 3, TotalLogs = 120 };
        var raw = new RawBlockRecord { Id = 99, BlockHash = Bytes(32), LogCount = 2, Logs = Bytes(300) };

        Assert.Equal(Canonical(database.Mapper.ToDocument(block)), Canonical(RecordDocuments.Of(block)));
        Assert.Equal(Canonical(database.Mapper.ToDocument(raw)), Canonical(RecordDocuments.Of(raw)));
    }

    // Field order does not matter to LiteDB's reads; names, BSON types and values do.
    private static string Canonical(BsonDocument document) =>
        string.Join("\n", document.Keys.Order(StringComparer.Ordinal).Select(k => $"{k} {document[k].Type} {JsonSerializer.Serialize(document[k])}"));

    private byte[] Bytes(int length) => SyntheticLogs.Bytes(_random, length);
}
