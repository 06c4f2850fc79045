namespace ProvenanceLedger.Node.Store.Records;

/// <summary>BatchAnchored. Revocation is not stored here: it is a later event, looked up as of a block.</summary>
internal sealed class BatchAnchoredRecord : EventRecord
{
    public byte[] Root { get; set; } = [];

    public byte[] Issuer { get; set; } = [];

    public byte[] DocType { get; set; } = [];

    public long Count { get; set; }

    public string Uri { get; set; } = "";

    public byte[] Relayer { get; set; } = [];
}
