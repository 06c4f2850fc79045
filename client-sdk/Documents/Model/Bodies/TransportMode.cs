namespace ProvenanceLedger.Sdk.Documents;

/// <summary>How goods travel; written in lower case ("sea").</summary>
public enum TransportMode
{
    /// <summary>By vessel.</summary>
    Sea,

    /// <summary>By aircraft.</summary>
    Air,

    /// <summary>By truck.</summary>
    Road,

    /// <summary>By train.</summary>
    Rail,

    /// <summary>More than one mode under one contract.</summary>
    Multimodal,
}
