using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Keys;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Commands;

/// <summary><c>provenance deploy</c>: a new registry on any chain, remembered as a profile.</summary>
internal static class DeployCommand
{
    public static Command Create(CommandRunner runner)
    {
        var governance = new Option<string?>("--governance") { Description = "Governance address (accredits issuers, adds customs authorities); default: the deploying key" };
        var command = new Command("deploy", "Deploy the ProvenanceRegistry contract and write a profile (RPC, chain id, registry, deployment block) that later commands use.")
        {
            governance,
        };
        command.Options.Add(runner.Options.Rpc);
        command.Options.Add(runner.Options.Node);
        runner.Options.AddSigning(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(governance), ct));
        runner.Examples.Add(command,
            "provenance deploy --rpc http://127.0.0.1:8545 --key governance --profile local",
            "provenance deploy --rpc https://rpc.example.org --key deployer --governance 0x5B38Da6a701c568545dCfcB03FcB875f56beddC4 --profile consortium");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, string? governanceText, CancellationToken cancellationToken)
    {
        var resolver = new DeploymentResolver(runner, parse);
        var rpc = parse.GetValue(runner.Options.Rpc)
            ?? (runner.Context.Variable(EnvironmentVariables.Rpc) is { } text ? new Uri(text) : null)
            ?? throw new CliException("deploy needs the chain: pass --rpc (or set $PROVENANCE_RPC)");
        var key = await SigningKeyLoader.LoadAsync(runner, parse, "deploying", cancellationToken);
        var governance = key.Address;
        if (governanceText is not null && !Address.TryParse(governanceText, out governance))
        {
            throw new CliException($"'{governanceText}' is not an Ethereum address; check --governance");
        }

        var node = parse.GetValue(runner.Options.Node);
        using var session = new ChainSession(new DeploymentTarget(rpc, null, 0, node, null), key);
        var (registry, chainId, deploymentBlock) = await RegistryDeployment.DeployAsync(session.Sender, governance, cancellationToken);

        var profile = new Profile(resolver.ProfileName, rpc, chainId, registry.Address, deploymentBlock, node);
        var store = resolver.Store;
        await store.SaveAsync(profile, cancellationToken);
        runner.ResultsFor(parse).Write(new FieldsResult($"deployed ProvenanceRegistry; profile '{profile.Name}' written to {store.Path}",
        [
            ("profile", profile.Name),
            ("rpc", rpc.ToString()),
            ("chainId", chainId),
            ("registry", registry.Address.ToString()),
            ("deploymentBlock", deploymentBlock),
            ("governance", governance.ToString()),
            ("node", node?.ToString()),
            ("profilesFile", store.Path),
        ]));
        return ExitCode.Success;
    }
}
