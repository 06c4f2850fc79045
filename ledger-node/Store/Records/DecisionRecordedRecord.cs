namespace ProvenanceLedger.Node.Store.Records;

/// <summary>DecisionRecorded: a customs authority's decision on a document.</summary>
internal sealed class DecisionRecordedRecord : EventRecord
{
    public byte[] DocHash { get; set; } = [];

    public byte[] Authority { get; set; } = [];

    /// <summary>The decision's index among the document's decisions (0, 1, ...).</summary>
    public long Index { get; set; }

    public int Decision { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country of the authority.</summary>
    public string Country { get; set; } = "";

    public string DeclarationRef { get; set; } = "";
}
