namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Incoterms® 2020 rules; the member name is the three-letter code written in documents.</summary>
public enum Incoterm
{
    /// <summary>Ex Works.</summary>
    EXW,

    /// <summary>Free Carrier.</summary>
    FCA,

    /// <summary>Carriage Paid To.</summary>
    CPT,

    /// <summary>Carriage and Insurance Paid To.</summary>
    CIP,

    /// <summary>Delivered at Place.</summary>
    DAP,

    /// <summary>Delivered at Place Unloaded.</summary>
    DPU,

    /// <summary>Delivered Duty Paid.</summary>
    DDP,

    /// <summary>Free Alongside Ship.</summary>
    FAS,

    /// <summary>Free on Board.</summary>
    FOB,

    /// <summary>Cost and Freight.</summary>
    CFR,

    /// <summary>Cost, Insurance and Freight.</summary>
    CIF,
}
