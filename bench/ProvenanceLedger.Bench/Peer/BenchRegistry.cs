using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// Our registry on the benchmark's node, through the SDK's RegistryClient: deployed by governance, which
/// accredits the issuer for certificates of origin; batches are anchored by the issuer itself, or signed by
/// the issuer (EIP-712) and relayed by another account that pays the gas.
/// </summary>
internal sealed class BenchRegistry : IDisposable
{
    // No batch URI: OpenAttestation's issue carries none either, and each byte of it costs calldata and log gas.
    private const string BatchUri = "";
    private static readonly TimeSpan SignatureLifetime = TimeSpan.FromHours(1);

    private readonly Web3 _issuerWeb3;
    private readonly Web3 _relayerWeb3;
    private readonly EthereumKey _issuerKey;
    private readonly RegistryClient _relayer;
    private readonly RegistryDomain _domain;

    private BenchRegistry(Web3 issuerWeb3, Web3 relayerWeb3, EthereumKey issuerKey, RegistryClient issuer, RegistryClient relayer, RegistryDomain domain)
    {
        _issuerWeb3 = issuerWeb3;
        _relayerWeb3 = relayerWeb3;
        _issuerKey = issuerKey;
        Issuer = issuer;
        _relayer = relayer;
        _domain = domain;
    }

    /// <summary>The registry as the issuer's client sees it.</summary>
    public RegistryClient Issuer { get; }

    /// <summary>The accredited issuer.</summary>
    public Address IssuerAddress => _issuerKey.Address;

    /// <summary>The relayer that pays for anchorBySig.</summary>
    public Address RelayerAddress => _relayer.Sender.Account;

    public static Hash32 CertificateOfOrigin => DocumentType.CertificateOfOrigin.Id;

    public static async Task<BenchRegistry> DeployAsync(Uri rpc, EthereumKey governanceKey, EthereumKey issuerKey, EthereumKey relayerKey, CancellationToken cancellationToken)
    {
        using var governanceWeb3 = new Web3(rpc, governanceKey);
        var governance = await RegistryClient.DeployAsync(governanceWeb3.Sender, governanceKey.Address, cancellationToken);
        var latest = await governanceWeb3.Eth.GetBlockByNumberAsync(BlockParameter.Latest, cancellationToken)
            ?? throw new InvalidOperationException("the benchmark's node has no latest block");
        await governance.AccreditAsync(issuerKey.Address, CertificateOfOrigin, latest.Time, latest.Time.AddYears(1), "Bench chamber of commerce", "", cancellationToken);

        var issuerWeb3 = new Web3(rpc, issuerKey);
        var relayerWeb3 = new Web3(rpc, relayerKey);
        var issuer = new RegistryClient(issuerWeb3.Eth, governance.Address, issuerWeb3.Sender);
        var relayer = new RegistryClient(relayerWeb3.Eth, governance.Address, relayerWeb3.Sender);
        return new BenchRegistry(issuerWeb3, relayerWeb3, issuerKey, issuer, relayer, await issuer.GetDomainAsync(cancellationToken));
    }

    /// <summary>The issuer anchors its own batch: anchor(root, docType, count, uri).</summary>
    public async Task<TransactionReceipt> AnchorAsync(Hash32 root, int count, CancellationToken cancellationToken) =>
        (await Issuer.AnchorAsync(root, CertificateOfOrigin, (uint)count, BatchUri, cancellationToken)).Receipt;

    /// <summary>The issuer signs the batch (EIP-712) and the relayer sends anchorBySig.</summary>
    public async Task<(TransactionReceipt Receipt, AnchorBatchMessage Message, EthereumSignature Signature)> AnchorBySignatureAsync(
        Hash32 root, int count, CancellationToken cancellationToken)
    {
        var nonce = await Issuer.NoncesAsync(_issuerKey.Address, cancellationToken: cancellationToken);
        var message = new AnchorBatchMessage(root, CertificateOfOrigin, (uint)count, BatchUri, nonce, DateTimeOffset.UtcNow.Add(SignatureLifetime));
        var signature = message.Sign(_issuerKey, _domain);
        var sent = await _relayer.AnchorBySigAsync(message, _issuerKey.Address, signature, cancellationToken);
        return (sent.Receipt, message, signature);
    }

    /// <summary>What a verifier needs about an anchored batch: where and when it was anchored, and the issuer's signature.</summary>
    public async Task<AnchoredBatch> DescribeAsync(
        IssuedBatch issued, TransactionReceipt receipt, AnchorBatchMessage message, EthereumSignature signature, CancellationToken cancellationToken)
    {
        var block = await Issuer.Rpc.GetBlockByNumberAsync(BlockParameter.Number(receipt.BlockNumber), cancellationToken)
            ?? throw new InvalidOperationException($"block {receipt.BlockNumber} of the anchoring transaction is gone");
        var anchor = new AnchorRecord(_domain.ChainId, Issuer.Address, receipt.TransactionHash, receipt.BlockNumber, block.Time);
        var issuerSignature = new BundleSignature("issuer", _issuerKey.Address, BundleSignature.Eip712, signature.ToBytes(), message.ToJson());
        return new AnchoredBatch(issued, anchor, issuerSignature);
    }

    public void Dispose()
    {
        _issuerWeb3.Dispose();
        _relayerWeb3.Dispose();
    }
}
