namespace ProvenanceLedger.Testing;

/// <summary>How <see cref="RegistryScenario"/> sets up a fresh registry; the defaults are what most chain tests need.</summary>
public sealed record RegistryScenarioOptions
{
    public const string DefaultIssuerName = "Cámara de Comercio de Santiago";
    public const string DefaultIssuerUri = "https://ccs.example";

    /// <summary>Whether governance accredits the issuer for certificates of origin (for a year).</summary>
    public bool AccreditIssuer { get; init; } = true;

    /// <summary>The accreditation's name.</summary>
    public string IssuerName { get; init; } = DefaultIssuerName;

    /// <summary>The accreditation's URI.</summary>
    public string IssuerUri { get; init; } = DefaultIssuerUri;

    /// <summary>
    /// When the accreditation starts, relative to the chain's time at deployment: negative to cover documents
    /// dated a little before their anchoring.
    /// </summary>
    public TimeSpan AccreditedFrom { get; init; } = TimeSpan.Zero;

    /// <summary>The country whose customs authority key 3 becomes.</summary>
    public string CustomsCountry { get; init; } = "CL";

    /// <summary>The seed of the document hashes <see cref="RegistryScenario.NewDocuments"/> draws.</summary>
    public int Seed { get; init; } = 1337;

    /// <summary>How often a sender polls for a receipt (the chain automines, so short).</summary>
    public TimeSpan ReceiptPollInterval { get; init; } = TimeSpan.FromMilliseconds(20);
}
