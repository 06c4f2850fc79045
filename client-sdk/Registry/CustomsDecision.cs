namespace ProvenanceLedger.Sdk.Registry;

/// <summary>A customs authority's clearance decision on a document (the registry's <c>Decision</c> enum).</summary>
public enum CustomsDecision : byte
{
    /// <summary>No decision; the registry refuses to record it.</summary>
    None = 0,

    /// <summary>The goods were released.</summary>
    Released = 1,

    /// <summary>The goods are held.</summary>
    Held = 2,

    /// <summary>The goods must be inspected.</summary>
    InspectionRequired = 3,

    /// <summary>The document (or the goods) was rejected.</summary>
    Rejected = 4,
}
