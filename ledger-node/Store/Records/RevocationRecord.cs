namespace ProvenanceLedger.Node.Store.Records;

/// <summary>BatchRevoked (Target = root) or DocumentRevoked (Target = document hash, Root = its batch).</summary>
internal sealed class RevocationRecord : EventRecord
{
    /// <summary>The revoked hash: a batch root or a document hash.</summary>
    public byte[] Target { get; set; } = [];

    public bool IsBatch { get; set; }

    public byte[] Root { get; set; } = [];

    public byte[] Issuer { get; set; } = [];

    public int Reason { get; set; }

    public byte[] RevokedBy { get; set; } = [];
}
