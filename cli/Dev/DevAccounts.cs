using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Cli.Dev;

/// <summary>
/// The development chain's roles. Hardhat funds the accounts of its public test mnemonic ("test test … junk");
/// these keys are known to everyone and are used for the local chain only, never for a real deployment.
/// </summary>
internal static class DevAccounts
{
    public static EthereumKey Governance => EthereumKey.FromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

    public static EthereumKey Issuer => EthereumKey.FromHex("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");

    public static EthereumKey Relayer => EthereumKey.FromHex("7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6");

    public static EthereumKey Customs => EthereumKey.FromHex("5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
}
