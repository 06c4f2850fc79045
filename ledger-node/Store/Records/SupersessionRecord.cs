namespace ProvenanceLedger.Node.Store.Records;

/// <summary>Superseded: the old document is replaced by the new one.</summary>
internal sealed class SupersessionRecord : EventRecord
{
    public byte[] OldHash { get; set; } = [];

    public byte[] NewHash { get; set; } = [];

    public byte[] Issuer { get; set; } = [];

    public byte[] OldRoot { get; set; } = [];

    public byte[] NewRoot { get; set; } = [];
}
