namespace ProvenanceLedger.Node.Store.Records;

/// <summary>The chain and registries an index belongs to; an index never serves another chain's data.</summary>
internal sealed class IdentityRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long ChainId { get; set; }

    public byte[] GenesisHash { get; set; } = [];

    public List<RegistryRecord> Registries { get; set; } = [];

    public DateTime CreatedUtc { get; set; }
}

/// <summary>A followed registry contract.</summary>
internal sealed class RegistryRecord
{
    public byte[] Address { get; set; } = [];

    public long DeploymentBlock { get; set; }
}
