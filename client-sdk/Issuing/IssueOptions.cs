namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>How <see cref="DocumentBatchIssuer"/> splits and signs batches.</summary>
public sealed record IssueOptions
{
    /// <summary>Most documents per anchored batch; larger requests are chunked into several batches.</summary>
    public int MaxBatchSize { get; init; } = 10_000;

    /// <summary>
    /// The batch URI (where the issuer publishes batch information); may be empty. It is part of the signed AnchorBatch
    /// in every bundle; a relayed anchor also logs it on chain, a direct one does not (that is what keeps it cheap).
    /// </summary>
    public string BatchUri { get; init; } = "";

    /// <summary>How long a signed batch stays valid for a relayer (the EIP-712 deadline after signing).</summary>
    public TimeSpan SignatureValidity { get; init; } = TimeSpan.FromHours(1);
}
