using System.Numerics;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Contracts;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Abi;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Ethereum.TypedData;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// Our registry on the benchmark's node: deployed by governance, which accredits the issuer for
/// certificates of origin; batches are anchored by the issuer itself or relayed with its EIP-712 signature.
/// </summary>
internal sealed class BenchRegistry : IDisposable
{
    // No batch URI: OpenAttestation's issue carries none either, and every byte of it costs calldata and log gas.
    private const string BatchUri = "";
    private static readonly TimeSpan SignatureLifetime = TimeSpan.FromHours(1);
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> AnchorBatchTypes = new Dictionary<string, IReadOnlyList<TypedDataField>>
    {
        ["AnchorBatch"] =
        [
            new("root", "bytes32"), new("docType", "bytes32"), new("count", "uint256"),
            new("uri", "string"), new("nonce", "uint256"), new("deadline", "uint256"),
        ],
    };

    private readonly Web3 _issuer;
    private readonly Web3 _relayer;
    private readonly EthereumKey _issuerKey;
    private readonly ulong _chainId;

    private BenchRegistry(Web3 issuer, Web3 relayer, EthereumKey issuerKey, Contract registry, ulong chainId)
    {
        _issuer = issuer;
        _relayer = relayer;
        _issuerKey = issuerKey;
        Registry = registry;
        _chainId = chainId;
    }

    /// <summary>The deployed registry, as the issuer's client sees it.</summary>
    public Contract Registry { get; }

    /// <summary>keccak256("certificate-of-origin").</summary>
    public static Hash32 CertificateOfOrigin { get; } = DocumentType.CertificateOfOrigin.Id;

    public static async Task<BenchRegistry> DeployAsync(Uri rpc, EthereumKey governanceKey, EthereumKey issuerKey, EthereumKey relayerKey, CancellationToken cancellationToken)
    {
        var artifact = ContractArtifacts.ProvenanceRegistry;
        var abi = ContractAbi.Parse(artifact.AbiJson);
        using var governance = new Web3(rpc, governanceKey);
        var deployed = await governance.DeployAsync(abi, artifact.Bytecode(), cancellationToken, governanceKey.Address);
        var latest = await governance.Eth.GetBlockByNumberAsync(BlockParameter.Latest, cancellationToken)
            ?? throw new InvalidOperationException("the benchmark's node has no latest block");
        var validUntil = latest.Timestamp + (ulong)TimeSpan.FromDays(365).TotalSeconds;
        await governance.GetContract(abi, deployed.Address).SendAsync(governance.Sender, "accredit", cancellationToken,
            issuerKey.Address, CertificateOfOrigin, 0UL, validUntil, "Bench chamber of commerce", "");

        var issuer = new Web3(rpc, issuerKey);
        var relayer = new Web3(rpc, relayerKey);
        var chainId = await issuer.Eth.ChainIdAsync(cancellationToken);
        return new BenchRegistry(issuer, relayer, issuerKey, issuer.GetContract(abi, deployed.Address), chainId);
    }

    /// <summary>The issuer anchors its own batch: anchor(root, docType, count, uri).</summary>
    public Task<TransactionReceipt> AnchorAsync(Hash32 root, int count, CancellationToken cancellationToken) =>
        Registry.SendAsync(_issuer.Sender, "anchor", cancellationToken, root, CertificateOfOrigin, count, BatchUri);

    /// <summary>The issuer signs the batch (EIP-712) and the relayer sends anchorBySig, paying the gas.</summary>
    public async Task<TransactionReceipt> AnchorBySignatureAsync(Hash32 root, int count, CancellationToken cancellationToken)
    {
        var nonce = await Registry.QueryAsync<BigInteger>("nonces", cancellationToken, _issuerKey.Address);
        var deadline = DateTimeOffset.UtcNow.Add(SignatureLifetime).ToUnixTimeSeconds();
        var typedData = new TypedData(AnchorBatchTypes, "AnchorBatch",
            new TypedDataDomain { Name = "ProvenanceRegistry", Version = "1", ChainId = _chainId, VerifyingContract = Registry.Address },
            new JsonObject
            {
                ["root"] = root.ToString(),
                ["docType"] = CertificateOfOrigin.ToString(),
                ["count"] = count,
                ["uri"] = BatchUri,
                ["nonce"] = nonce.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["deadline"] = deadline,
            });
        var signature = typedData.Sign(_issuerKey).ToBytes();
        var relayed = _relayer.GetContract(Registry.Abi, Registry.Address);
        return await relayed.SendAsync(_relayer.Sender, "anchorBySig", cancellationToken,
            root, CertificateOfOrigin, count, BatchUri, _issuerKey.Address, nonce, deadline, signature);
    }

    public void Dispose()
    {
        _issuer.Dispose();
        _relayer.Dispose();
    }
}
