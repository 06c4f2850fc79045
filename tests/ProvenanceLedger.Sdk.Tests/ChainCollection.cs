using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests;

/// <summary>Tests in this collection share one Hardhat chain.</summary>
[CollectionDefinition(Name)]
public sealed class ChainCollection : ICollectionFixture<HardhatChainFixture>
{
    public const string Name = "chain";
}
