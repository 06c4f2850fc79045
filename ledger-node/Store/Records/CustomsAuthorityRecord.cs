namespace ProvenanceLedger.Node.Store.Records;

/// <summary>CustomsAuthorityAdded or CustomsAuthorityRemoved.</summary>
internal sealed class CustomsAuthorityRecord : EventRecord
{
    public byte[] Authority { get; set; } = [];

    public string Country { get; set; } = "";

    public bool Added { get; set; }
}
