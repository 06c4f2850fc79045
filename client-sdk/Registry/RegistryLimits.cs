namespace ProvenanceLedger.Sdk.Registry;

/// <summary>The registry's fixed limits (its MAX_* constants and count range).</summary>
public static class RegistryLimits
{
    /// <summary>Longest Merkle proof the registry accepts (a batch of up to 2^32 - 1 documents).</summary>
    public const int MaxProofLength = 32;

    /// <summary>Most accreditation periods kept per issuer and document type.</summary>
    public const int MaxAccreditationPeriods = 32;

    /// <summary>Largest batch count the registry accepts (count &lt; 2^32).</summary>
    public const long MaxBatchCount = uint.MaxValue;
}
