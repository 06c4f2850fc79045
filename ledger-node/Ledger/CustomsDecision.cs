namespace ProvenanceLedger.Node.Ledger;

/// <summary>A customs decision code as the registry records it.</summary>
public enum CustomsDecision
{
    /// <summary>Goods released.</summary>
    Released = 1,

    /// <summary>Goods held.</summary>
    Held = 2,

    /// <summary>Inspection required.</summary>
    InspectionRequired = 3,

    /// <summary>Document rejected.</summary>
    Rejected = 4,
}
