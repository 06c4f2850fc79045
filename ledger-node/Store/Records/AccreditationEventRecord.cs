using ProvenanceLedger.Node.Ledger;

namespace ProvenanceLedger.Node.Store.Records;

/// <summary>One accreditation event; the full history of an (issuer, type) is these in chain order.</summary>
internal sealed class AccreditationEventRecord : EventRecord
{
    public byte[] Issuer { get; set; } = [];

    public byte[] DocType { get; set; } = [];

    public AccreditationChange Change { get; set; }

    /// <summary>Unix seconds; set for Granted and Reinstated.</summary>
    public long ValidFrom { get; set; }

    /// <summary>Unix seconds; set for Granted and Reinstated.</summary>
    public long ValidUntil { get; set; }

    /// <summary>Display name (Granted).</summary>
    public string Name { get; set; } = "";

    /// <summary>Issuer URI (Granted).</summary>
    public string Uri { get; set; } = "";

    /// <summary>Reason code (Suspended, Ended).</summary>
    public int Reason { get; set; }
}
