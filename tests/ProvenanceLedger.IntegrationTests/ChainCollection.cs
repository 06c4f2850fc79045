using ProvenanceLedger.Testing;

namespace ProvenanceLedger.IntegrationTests;

/// <summary>Integration tests in this collection share one Hardhat chain.</summary>
[CollectionDefinition(Name)]
public sealed class ChainCollection : ICollectionFixture<HardhatChainFixture>
{
    public const string Name = "integration-chain";
}
