using System.CommandLine;
using ProvenanceLedger.Cli.Documents;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Cli.Verifying;

/// <summary><c>provenance verify BUNDLE</c>: every check, against the chain directly or through a node; exit 0 valid, 1 invalid.</summary>
internal static class VerifyCommand
{
    public static Command Create(CommandRunner runner)
    {
        var bundle = new Argument<string>("bundle") { Description = "The proof bundle (*.provenance.json) to verify" };
        var parents = new Option<string?>("--parents") { Description = "Folder of the parents' bundles, so the provenance chain is verified too" };
        var asOf = new Option<string?>("--as-of") { Description = "Verify as of a block number or an ISO 8601 time (default: the latest block)" };
        var command = new Command("verify", "Verify a proof bundle: integrity, Merkle proof, anchor, issuer signature and accreditation at anchoring time, revocation, supersession, parents and customs decisions. Exit 0 valid, 1 invalid, 2 when the chain could not answer.")
        {
            bundle, parents, asOf,
        };
        runner.Options.AddChainOrNode(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(bundle)!, parse.GetValue(parents), parse.GetValue(asOf), ct));
        runner.Examples.Add(command,
            "provenance verify CO-2026-000001.provenance.json",
            "provenance verify CO-2026-000001.provenance.json --parents bundles/ --as-of 2026-12-01T00:00:00Z",
            "provenance verify CO-2026-000001.provenance.json --rpc http://127.0.0.1:8545 --registry 0x5FbDB2315678afecb367f032d93F642f64180aa3 --json",
            "provenance verify CO-2026-000001.provenance.json --node http://127.0.0.1:5080");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, string bundlePath, string? parentsFolder, string? asOfText, CancellationToken cancellationToken)
    {
        var bundle = await BundleFiles.ReadAsync(runner.Context, bundlePath, cancellationToken);
        var parentBundles = parentsFolder is null ? [] : await ReadParentsAsync(runner.Context, parentsFolder, cancellationToken);
        var asOf = AsOfParser.Parse(asOfText);
        VerificationReport report;
        if (parse.GetValue(runner.Options.Node) is { } node)
        {
            report = await NodeVerifier.VerifyAsync(node, bundle, parentBundles, asOfText, cancellationToken);
        }
        else
        {
            var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
            using var session = new ChainSession(target);
            var verifier = new DocumentVerifier(new ChainLedgerView(session.Registry, target.DeploymentBlock));
            report = await verifier.VerifyAsync(bundle, new VerificationOptions { AsOf = asOf, ParentBundles = parentBundles }, cancellationToken);
        }

        runner.ResultsFor(parse).Write(new VerificationResult(report));
        return report.Verdict switch
        {
            Verdict.Valid => ExitCode.Success,
            Verdict.Invalid => ExitCode.InvalidOrRefused,
            _ => ExitCode.UsageOrEnvironment,
        };
    }

    private static async Task<IReadOnlyList<ProofBundle>> ReadParentsAsync(CliContext context, string folder, CancellationToken cancellationToken)
    {
        var path = context.ResolvePath(folder);
        if (!Directory.Exists(path))
        {
            throw new CliException($"--parents folder {path} does not exist");
        }

        var bundles = new List<ProofBundle>();
        foreach (var file in Directory.EnumerateFiles(path, "*.provenance.json").Order(StringComparer.Ordinal))
        {
            bundles.Add(await ProofBundleReader.ReadFileAsync(file, cancellationToken));
        }

        return bundles;
    }
}
