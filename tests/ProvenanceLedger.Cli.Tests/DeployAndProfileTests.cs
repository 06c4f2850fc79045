using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Cli.Tests;

[Collection(ChainCollection.Name)]
public sealed class DeployAndProfileTests(HardhatChainFixture chain) : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Deploy_writes_a_profile_that_names_the_live_registry_and_its_deployment_block()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);

        var profiles = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_cli.Home, "profiles.json")))!["profiles"]!["test"]!;
        Assert.Equal(chain.RpcUrl.ToString(), (string)profiles["rpc"]!);
        Assert.Equal(31337UL, profiles["chainId"]!.GetValue<ulong>());
        Assert.Equal(ledger.Registry.ToString(), (string)profiles["registry"]!);
        using var transport = new HttpRpcTransport(chain.RpcUrl);
        var registry = new RegistryClient(new EthRpcClient(transport), ledger.Registry);
        Assert.Equal("2.0.0", await registry.VersionAsync());
        var first = (await registry.GetEventsAsync(BlockParameter.Earliest, BlockParameter.Latest))[0];
        Assert.Equal(first.Position.BlockNumber, profiles["deploymentBlock"]!.GetValue<ulong>());
        Assert.True(await registry.HasRoleAsync(RegistryRoles.Governance, DeployedLedger.Governance(chain).Address));
    }

    [Fact]
    public async Task Issuers_and_customs_lists_show_what_governance_granted()
    {
        await DeployedLedger.StartAsync(chain, _cli);
        var issuer = DeployedLedger.Issuer(chain).Address.ToString();

        var issuers = JsonNode.Parse((await _cli.RunAsync("issuers", "list", "--json")).Output)!.AsArray();
        var shown = JsonNode.Parse((await _cli.RunAsync("issuers", "show", issuer, "--json")).Output)!.AsArray();
        var customs = JsonNode.Parse((await _cli.RunAsync("customs", "list", "--json")).Output)!.AsArray();

        Assert.Equal([(issuer, "certificate-of-origin", "Active"), (issuer, "origin-declaration", "Active")],
            issuers.Select(i => ((string)i!["issuer"]!, (string)i["type"]!, (string)i["status"]!)));
        Assert.Equal(["certificate-of-origin", "origin-declaration"], shown.Select(s => (string)s!["type"]!));
        var authority = Assert.Single(customs)!;
        Assert.Equal((DeployedLedger.Customs(chain).Address.ToString(), "DE"), ((string)authority["authority"]!, (string)authority["country"]!));
    }

    [Fact]
    public async Task Suspending_an_issuer_shows_in_the_list_and_a_second_suspension_is_refused_with_exit_1()
    {
        await DeployedLedger.StartAsync(chain, _cli);
        var issuer = DeployedLedger.Issuer(chain).Address.ToString();

        var suspended = await _cli.RunAsync("issuers", "suspend", issuer, "--type", "origin-declaration", "--reason", "NonCompliance", "--key", "governance");
        var again = await _cli.RunAsync("issuers", "suspend", issuer, "--type", "origin-declaration", "--reason", "NonCompliance", "--key", "governance");
        var issuers = JsonNode.Parse((await _cli.RunAsync("issuers", "list", "--json")).Output)!.AsArray();

        Assert.Equal(0, suspended.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.StartsWith("error: the registry refused: reverted with custom error ProvenanceRegistryAccreditationNotChangeable(", again.Error);
        Assert.Equal(["Active", "Suspended"], issuers.Select(i => (string)i!["status"]!));
    }

    [Fact]
    public async Task A_suspended_issuer_can_be_reinstated_then_ended_and_an_ended_one_cannot_come_back()
    {
        await DeployedLedger.StartAsync(chain, _cli);
        var issuer = DeployedLedger.Issuer(chain).Address.ToString();
        string[] type = ["--type", "origin-declaration", "--key", "governance"];

        await _cli.RunAsync(["issuers", "suspend", issuer, .. type, "--reason", "NonCompliance"]);
        var reinstated = await _cli.RunAsync(["issuers", "reinstate", issuer, .. type, "--json"]);
        var afterReinstate = JsonNode.Parse((await _cli.RunAsync("issuers", "list", "--json")).Output)!.AsArray();
        var ended = await _cli.RunAsync(["issuers", "end", issuer, .. type, "--reason", "Fraud", "--json"]);
        var afterEnd = JsonNode.Parse((await _cli.RunAsync("issuers", "list", "--json")).Output)!.AsArray();
        var again = await _cli.RunAsync(["issuers", "reinstate", issuer, .. type]);
        var noReason = await _cli.RunAsync(["issuers", "end", issuer, "--type", "certificate-of-origin", "--key", "governance"]);

        Assert.Equal(0, reinstated.ExitCode);
        Assert.Equal("origin-declaration", (string)JsonNode.Parse(reinstated.Output)!["type"]!);
        Assert.Equal(["Active", "Active"], afterReinstate.Select(i => (string)i!["status"]!));
        Assert.Equal(0, ended.ExitCode);
        Assert.Equal("Fraud", (string)JsonNode.Parse(ended.Output)!["reason"]!);
        Assert.Equal(["Active", "Ended"], afterEnd.Select(i => (string)i!["status"]!));
        Assert.Equal(1, again.ExitCode);
        Assert.StartsWith("error: the registry refused: reverted with custom error ProvenanceRegistryAccreditationNotChangeable(", again.Error);
        Assert.Equal(2, noReason.ExitCode);
        Assert.Contains("--reason", noReason.Error);
    }

    [Fact]
    public async Task An_unknown_profile_names_the_known_ones_and_exits_2()
    {
        await DeployedLedger.StartAsync(chain, _cli);

        var run = await _cli.RunAsync("issuers", "list", "--profile", "staging");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: unknown profile 'staging' in {Path.Combine(_cli.Home, "profiles.json")}; known profiles: test", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Flags_override_environment_variables_which_override_the_profile()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        _cli.Environment["PROVENANCE_RPC"] = "http://127.0.0.1:9/";

        var fromEnvironment = await _cli.RunAsync("customs", "list");
        var fromFlag = await _cli.RunAsync("customs", "list", "--rpc", chain.RpcUrl.ToString(), "--json");

        Assert.Equal(2, fromEnvironment.ExitCode);
        Assert.StartsWith("error: cannot reach the chain at http://127.0.0.1:9/ (eth_getLogs: ", fromEnvironment.Error);
        Assert.Equal(0, fromFlag.ExitCode);
        Assert.Single(JsonNode.Parse(fromFlag.Output)!.AsArray());
        _ = ledger;
    }

    [Fact]
    public async Task An_unreachable_rpc_is_one_line_exit_2_and_the_stack_trace_only_with_verbose()
    {
        await File.WriteAllTextAsync(_cli.PathOf("gov.hex"), chain.PrivateKeys[0]);
        await _cli.RunAsync("keys", "import", "governance", "--private-key-file", "gov.hex", "--kdf", "Light");

        var quiet = await _cli.RunAsync("deploy", "--rpc", "http://127.0.0.1:9", "--key", "governance");
        var verbose = await _cli.RunAsync("deploy", "--rpc", "http://127.0.0.1:9", "--key", "governance", "--verbose");

        Assert.Equal(2, quiet.ExitCode);
        var line = Assert.Single(quiet.ErrorLines);
        Assert.StartsWith("error: cannot reach the chain at http://127.0.0.1:9/ (eth_chainId: ", line);
        Assert.EndsWith("check --rpc or the profile, or start a chain with 'provenance dev up'", line);
        Assert.Equal(2, verbose.ExitCode);
        Assert.Equal(line, verbose.ErrorLines[0]);
        Assert.Contains(verbose.ErrorLines, l => l.StartsWith("   at ", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_cli.Home, "profiles.json")));
    }
}
