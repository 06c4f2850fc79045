using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Registry;

/// <summary>
/// A fresh registry on the shared Hardhat chain: governance (key 0) accredits the issuer (key 1) for
/// certificates of origin and makes key 3 the customs authority of CL; key 2 relays.
/// </summary>
internal sealed class RegistryTestBed : IDisposable
{
    public const string IssuerName = "Cámara de Comercio de Santiago";
    public const string IssuerUri = "https://ccs.example/accreditation";

    private readonly HttpRpcTransport _transport;

    private RegistryTestBed(HardhatChainFixture chain)
    {
        _transport = new HttpRpcTransport(chain.RpcUrl);
        Rpc = new EthRpcClient(_transport);
        GovernanceKey = EthereumKey.FromHex(chain.PrivateKeys[0]);
        IssuerKey = EthereumKey.FromHex(chain.PrivateKeys[1]);
        RelayerKey = EthereumKey.FromHex(chain.PrivateKeys[2]);
        CustomsKey = EthereumKey.FromHex(chain.PrivateKeys[3]);
        OtherKey = EthereumKey.FromHex(chain.PrivateKeys[4]);
    }

    public EthRpcClient Rpc { get; }

    public EthereumKey GovernanceKey { get; }

    public EthereumKey IssuerKey { get; }

    public EthereumKey RelayerKey { get; }

    public EthereumKey CustomsKey { get; }

    public EthereumKey OtherKey { get; }

    public RegistryClient Governance { get; private set; } = null!;

    public RegistryClient Issuer { get; private set; } = null!;

    public RegistryClient Relayer { get; private set; } = null!;

    public RegistryClient Customs { get; private set; } = null!;

    public RegistryDomain Domain { get; private set; } = null!;

    /// <summary>The end of the issuer's accreditation window (a year after deployment).</summary>
    public DateTimeOffset AccreditedUntil { get; private set; }

    public static Hash32 CertificateType => DocumentType.CertificateOfOrigin.Id;

    public static async Task<RegistryTestBed> DeployAsync(HardhatChainFixture chain, bool accreditIssuer = true)
    {
        var bed = new RegistryTestBed(chain);
        bed.Governance = await RegistryClient.DeployAsync(bed.SenderFor(bed.GovernanceKey), bed.GovernanceKey.Address);
        bed.Issuer = bed.Governance.WithSender(bed.SenderFor(bed.IssuerKey));
        bed.Relayer = bed.Governance.WithSender(bed.SenderFor(bed.RelayerKey));
        bed.Customs = bed.Governance.WithSender(bed.SenderFor(bed.CustomsKey));
        bed.Domain = await bed.Governance.GetDomainAsync();
        if (accreditIssuer)
        {
            var now = await bed.ChainTimeAsync();
            bed.AccreditedUntil = now.AddDays(365);
            await bed.Governance.AccreditAsync(bed.IssuerKey.Address, CertificateType, now, bed.AccreditedUntil, IssuerName, IssuerUri);
        }

        await bed.Governance.AddCustomsAuthorityAsync(bed.CustomsKey.Address, "CL");
        return bed;
    }

    public TransactionSender SenderFor(EthereumKey key) =>
        new(Rpc, key, options: new TransactionSenderOptions { ReceiptPollInterval = TimeSpan.FromMilliseconds(20) });

    public async Task<DateTimeOffset> ChainTimeAsync() =>
        (await Rpc.GetBlockByNumberAsync(BlockParameter.Latest, CancellationToken.None))!.Time;

    public void Dispose() => _transport.Dispose();
}
