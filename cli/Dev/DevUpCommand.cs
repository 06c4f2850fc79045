using System.CommandLine;
using System.Security.Cryptography;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Keys;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Cli.Rendering;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Cli.Dev;

/// <summary>
/// <c>provenance dev up</c>: a local Hardhat chain, the registry, development keys with governance, issuer
/// and customs roles, the ledger node, and a sample certificate of origin with its parent declaration.
/// Every step is skipped when already done, so running it again is safe.
/// </summary>
internal static class DevUpCommand
{
    public static Command Create(CommandRunner runner)
    {
        var options = new DevOptions();
        var command = new Command("up", "Start a local development stack (Hardhat chain and ledger node on 127.0.0.1), deploy the registry, create and accredit development keys, issue a sample certificate with its parent declaration, and print what to open. Safe to run again.");
        options.AddTo(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, options.Read(parse, runner.Context), ct));
        runner.Examples.Add(command, "provenance dev up", "provenance dev up --chain-port 18545 --node-port 15080 --dir /tmp/provenance-dev");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, DevSettings settings, CancellationToken cancellationToken)
    {
        var progress = runner.Context.Error;
        var processes = new DevProcesses(settings.Directory);
        var rpc = new Uri($"http://127.0.0.1:{settings.ChainPort}/");
        var node = new Uri($"http://127.0.0.1:{settings.NodePort}/");

        var chainStarted = false;
        if (processes.RunningPid("chain") is { } chainPid)
        {
            await progress.WriteLineAsync($"chain already running (pid {chainPid})");
        }
        else
        {
            if (await DevHealth.ChainAnswersAsync(rpc, cancellationToken))
            {
                throw new CliException($"something else already answers on {rpc}; stop it or choose --chain-port");
            }

            var hardhat = Path.Combine(settings.Repository, "node_modules", "hardhat", "internal", "cli", "cli.js");
            if (!File.Exists(hardhat))
            {
                throw new CliException($"Hardhat is not installed in {settings.Repository}; run 'npm ci' there first");
            }

            var pid = processes.Start("chain", settings.Repository, new Dictionary<string, string>(), "node", hardhat, "node", "--hostname", "127.0.0.1", "--port", settings.ChainPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await progress.WriteLineAsync($"started Hardhat chain on {rpc} (pid {pid}, log {Path.Combine(settings.Directory, "chain.log")})");
            await DevHealth.WaitAsync("chain", processes, () => DevHealth.ChainAnswersAsync(rpc, cancellationToken), TimeSpan.FromSeconds(60), cancellationToken);
            chainStarted = true;
        }

        var password = await DevPasswordAsync(settings.Directory, cancellationToken);
        var ring = new KeyRing(Path.Combine(settings.Directory, "keys"));
        await EnsureKeyAsync(ring, "governance", DevAccounts.Governance, password, cancellationToken);
        await EnsureKeyAsync(ring, "issuer", DevAccounts.Issuer, password, cancellationToken);
        await EnsureKeyAsync(ring, "customs", DevAccounts.Customs, password, cancellationToken);
        await EnsureKeyAsync(ring, "relayer", DevAccounts.Relayer, password, cancellationToken);

        var store = new DeploymentResolver(runner, parse).Store;
        var profile = (await store.LoadAsync(cancellationToken)).FirstOrDefault(p => p.Name == settings.Profile);
        var deployedNow = false;
        using (var probe = new ChainSession(new DeploymentTarget(rpc, null, 0, node, settings.Profile)))
        {
            if (chainStarted || profile is null || profile.Rpc != rpc || (await probe.Rpc.GetCodeAsync(profile.Registry, BlockParameter.Latest, cancellationToken)).Length == 0)
            {
                profile = await DeployAsync(rpc, node, settings.Profile, cancellationToken);
                await store.SaveAsync(profile, cancellationToken);
                deployedNow = true;
                await progress.WriteLineAsync($"deployed registry {profile.Registry} in block {profile.DeploymentBlock}; profile '{profile.Name}' in {store.Path}");
            }
        }

        if (deployedNow && processes.RunningPid(LedgerNodeLauncher.Name) is not null)
        {
            await processes.StopAsync(LedgerNodeLauncher.Name, cancellationToken);
            await progress.WriteLineAsync("stopped the ledger node: it followed the previous registry");
        }

        if (processes.RunningPid(LedgerNodeLauncher.Name) is { } nodePid)
        {
            await progress.WriteLineAsync($"ledger node already running (pid {nodePid})");
        }
        else
        {
            var pid = LedgerNodeLauncher.Start(processes, settings.Repository, node, NodeEnvironment(settings, rpc, profile, ring));
            await progress.WriteLineAsync($"started ledger node on {node} (pid {pid}, log {Path.Combine(settings.Directory, "node.log")})");
            await DevHealth.WaitAsync(LedgerNodeLauncher.Name, processes, () => DevHealth.NodeLiveAsync(node, cancellationToken), TimeSpan.FromSeconds(120), cancellationToken);
        }

        using var issuerSession = new ChainSession(new DeploymentTarget(rpc, profile.Registry, profile.DeploymentBlock, node, profile.Name), DevAccounts.Issuer);
        var samples = Path.Combine(settings.Directory, "samples");
        var (_, certificate, issuedNow) = await DevSample.EnsureAsync(issuerSession.Registry, samples, cancellationToken);
        if (issuedNow)
        {
            await progress.WriteLineAsync($"issued the sample origin declaration and certificate of origin into {samples}");
        }

        var link = VerifyLink.For(node, certificate);
        var certificatePath = Path.Combine(samples, DevSample.CertificateFile);
        var passwordFile = Path.Combine(settings.Directory, "dev-password");
        runner.ResultsFor(parse).Write(new FieldsResult("Provenance Ledger development stack is up.",
        [
            ("chain", rpc.ToString()),
            ("registry", profile.Registry.ToString()),
            ("profile", profile.Name),
            ("node", node.ToString()),
            ("open", link.ToString()),
            ("certificate", certificatePath),
            ("parent", Path.Combine(samples, DevSample.DeclarationFile)),
            ("keys", $"{ring.Directory} (governance, issuer, customs, relayer; password in {passwordFile})"),
            ("tryVerify", $"provenance verify {certificatePath} --parents {samples} --profile {profile.Name}"),
            ("tryDecide", $"PROVENANCE_KEYS={ring.Directory} provenance decide {certificatePath} --decision Released --ref 26DE0001 --key customs --password-file {passwordFile} --profile {profile.Name}"),
            ("tryAudit", $"provenance audit replay --node {node} --profile {profile.Name} --out audit"),
            ("stop", "provenance dev down"),
        ]));
        return ExitCode.Success;
    }

    private static async Task<Profile> DeployAsync(Uri rpc, Uri node, string name, CancellationToken cancellationToken)
    {
        using var governance = new ChainSession(new DeploymentTarget(rpc, null, 0, node, name), DevAccounts.Governance);
        var (registry, chainId, deploymentBlock) = await RegistryDeployment.DeployAsync(governance.Sender, DevAccounts.Governance.Address, cancellationToken);
        var now = (await governance.Rpc.GetBlockByNumberAsync(BlockParameter.Latest, cancellationToken))!.Time;
        var until = now.AddYears(1);
        foreach (var type in new[] { DocumentType.CertificateOfOrigin, DocumentType.OriginDeclaration, DocumentType.CommercialInvoice, DocumentType.PhytosanitaryCertificate })
        {
            await registry.AccreditAsync(DevAccounts.Issuer.Address, type.Id, now, until, "Development Chamber of Commerce", "http://127.0.0.1/dev-issuer", cancellationToken);
        }

        await registry.AddCustomsAuthorityAsync(DevAccounts.Customs.Address, "DE", cancellationToken);
        return new Profile(name, rpc, chainId, registry.Address, deploymentBlock, node);
    }

    private static Dictionary<string, string> NodeEnvironment(DevSettings settings, Uri rpc, Profile profile, KeyRing ring) => new()
    {
        ["Relay__KeystorePath"] = ring.PathOf("relayer"),
        ["Relay__PasswordFile"] = Path.Combine(settings.Directory, "dev-password"),
        ["Ledger__RpcUrl"] = rpc.ToString(),
        ["Ledger__Registries__0__Address"] = profile.Registry.ToString(),
        ["Ledger__Registries__0__DeploymentBlock"] = profile.DeploymentBlock.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ledger__Confirmations"] = "0",
        ["Ledger__PollInterval"] = "00:00:00.500",
        ["Ledger__ResetOnChainChange"] = "true",
        ["Ledger__DataDirectory"] = Path.Combine(settings.Directory, "node-data"),
    };

    private static async Task EnsureKeyAsync(KeyRing ring, string name, EthereumKey key, string password, CancellationToken cancellationToken)
    {
        if (!File.Exists(ring.PathOf(name)))
        {
            await ring.AddAsync(name, key, password, KdfCosts.Options(KdfCost.Light), cancellationToken);
        }
    }

    // One random password for the development keystores, kept beside them so commands can use --password-file.
    private static async Task<string> DevPasswordAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, "dev-password");
        if (File.Exists(path))
        {
            return (await File.ReadAllTextAsync(path, cancellationToken)).Trim();
        }

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await AtomicFile.WriteTextAsync(path, password + "\n", overwrite: false, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return password;
    }
}
