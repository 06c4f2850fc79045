using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Cli.Tests;

/// <summary>
/// A fresh registry on the shared chain, set up through the CLI itself: governance, issuer and customs keys
/// in the key ring, `deploy` writing profile "test", the issuer accredited for certificates of origin and
/// origin declarations, and a customs authority of DE.
/// </summary>
internal sealed class DeployedLedger
{
    private DeployedLedger(CliHarness cli, Address registry, ulong deploymentBlock)
    {
        Cli = cli;
        Registry = registry;
        DeploymentBlock = deploymentBlock;
    }

    public CliHarness Cli { get; }

    public Address Registry { get; }

    public ulong DeploymentBlock { get; }

    public static EthereumKey Governance(HardhatChainFixture chain) => EthereumKey.FromHex(chain.PrivateKeys[0]);

    public static EthereumKey Issuer(HardhatChainFixture chain) => EthereumKey.FromHex(chain.PrivateKeys[1]);

    public static EthereumKey Customs(HardhatChainFixture chain) => EthereumKey.FromHex(chain.PrivateKeys[2]);

    public static async Task<DeployedLedger> StartAsync(HardhatChainFixture chain, CliHarness cli)
    {
        await ImportAsync(cli, "governance", chain.PrivateKeys[0]);
        await ImportAsync(cli, "issuer", chain.PrivateKeys[1]);
        await ImportAsync(cli, "customs", chain.PrivateKeys[2]);
        var deployed = await cli.RunAsync("deploy", "--rpc", chain.RpcUrl.ToString(), "--key", "governance", "--profile", "test", "--json");
        Assert.True(deployed.ExitCode == 0, deployed.ToString());
        cli.Environment["PROVENANCE_PROFILE"] = "test";
        var json = JsonNode.Parse(deployed.Output)!;
        var ledger = new DeployedLedger(cli, Address.Parse((string)json["registry"]!), json["deploymentBlock"]!.GetValue<ulong>());
        var issuer = Issuer(chain).Address.ToString();
        await ledger.MustAsync("issuers", "accredit", issuer, "--type", "certificate-of-origin", "--name", "Chamber of Commerce Lyon", "--key", "governance");
        await ledger.MustAsync("issuers", "accredit", issuer, "--type", "origin-declaration", "--name", "Chamber of Commerce Lyon", "--key", "governance");
        await ledger.MustAsync("customs", "grant", Customs(chain).Address.ToString(), "--country", "DE", "--key", "governance");
        return ledger;
    }

    /// <summary>Runs a command that must succeed.</summary>
    public async Task<CliRun> MustAsync(params string[] args)
    {
        var run = await Cli.RunAsync(args);
        Assert.True(run.ExitCode == 0, $"provenance {string.Join(' ', args)}\n{run}");
        return run;
    }

    private static async Task ImportAsync(CliHarness cli, string name, string privateKey)
    {
        var file = cli.PathOf(name + ".hex");
        await File.WriteAllTextAsync(file, privateKey);
        var run = await cli.RunAsync("keys", "import", name, "--private-key-file", file, "--kdf", "Light");
        Assert.True(run.ExitCode == 0, run.ToString());
        File.Delete(file);
    }
}
