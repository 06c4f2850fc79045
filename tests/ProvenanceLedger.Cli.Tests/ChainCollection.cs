using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Cli.Tests;

/// <summary>Tests in this collection share one Hardhat chain; each deploys its own registry.</summary>
[CollectionDefinition(Name)]
public sealed class ChainCollection : ICollectionFixture<HardhatChainFixture>
{
    public const string Name = "chain";
}
