using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// Our registry on the benchmark's node: deployed by governance, which accredits the issuer for
/// certificates of origin. The issuer can anchor itself; the relayer sends anchorBySig for it.
/// </summary>
internal sealed class BenchRegistry : IDisposable
{
    private readonly Web3 _issuerWeb3;
    private readonly Web3 _relayerWeb3;

    private BenchRegistry(Web3 issuerWeb3, Web3 relayerWeb3, RegistryClient issuer, RegistryClient relayer)
    {
        _issuerWeb3 = issuerWeb3;
        _relayerWeb3 = relayerWeb3;
        Issuer = issuer;
        Relayer = relayer;
    }

    /// <summary>The registry with the issuer's account as sender.</summary>
    public RegistryClient Issuer { get; }

    /// <summary>The registry with the relayer's account as sender.</summary>
    public RegistryClient Relayer { get; }

    public static async Task<BenchRegistry> DeployAsync(Uri rpc, EthereumKey governanceKey, EthereumKey issuerKey, EthereumKey relayerKey, CancellationToken cancellationToken)
    {
        using var governanceWeb3 = new Web3(rpc, governanceKey);
        var governance = await RegistryClient.DeployAsync(governanceWeb3.Sender, governanceKey.Address, cancellationToken);
        var latest = await governanceWeb3.Eth.GetBlockByNumberAsync(BlockParameter.Latest, cancellationToken)
            ?? throw new InvalidOperationException("the benchmark's node has no latest block");
        await governance.AccreditAsync(issuerKey.Address, DocumentType.CertificateOfOrigin.Id, latest.Time, latest.Time.AddYears(1),
            "Bench chamber of commerce", "", cancellationToken);

        var issuerWeb3 = new Web3(rpc, issuerKey);
        var relayerWeb3 = new Web3(rpc, relayerKey);
        return new BenchRegistry(issuerWeb3, relayerWeb3,
            new RegistryClient(issuerWeb3.Eth, governance.Address, issuerWeb3.Sender),
            new RegistryClient(relayerWeb3.Eth, governance.Address, relayerWeb3.Sender));
    }

    public void Dispose()
    {
        _issuerWeb3.Dispose();
        _relayerWeb3.Dispose();
    }
}
