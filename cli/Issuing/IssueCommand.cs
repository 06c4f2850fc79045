using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Keys;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Cli.Issuing;

/// <summary>
/// <c>provenance issue INPUTS --key K</c>: validate everything, then hash, batch, sign, anchor and write one
/// proof bundle per document; resumable through a journal keyed by the inputs' digest.
/// </summary>
internal static class IssueCommand
{
    public static Command Create(CommandRunner runner)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Document JSON files, folders of them, or .ndjson files (one document per line)", Arity = ArgumentArity.OneOrMore };
        var type = ValueParsers.TypeOption(required: false);
        var output = new Option<string>("--out") { Description = "Folder for the bundles (<id>.provenance.json) and the resume journal", DefaultValueFactory = _ => "." };
        var batchSize = new Option<int>("--batch-size") { Description = "Most documents per anchored batch", DefaultValueFactory = _ => 1000 };
        var relayer = CommonOptions.UrlOption("--relayer", "Anchor through this ledger node's relay (it pays the gas; the issuer only signs)");
        var uri = new Option<string>("--uri") { Description = "Batch URI (where the issuer publishes batch information): signed into every bundle, and logged on chain when anchored through --relayer", DefaultValueFactory = _ => string.Empty };
        var command = new Command("issue", "Validate every document (all problems reported, nothing anchored if any is invalid), then hash, batch, sign (EIP-712), anchor and write one proof bundle per document. Re-running after an interruption neither anchors twice nor loses bundles.")
        {
            inputs, type, output, batchSize, uri, relayer,
        };
        runner.Options.AddChain(command);
        runner.Options.AddSigning(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(inputs)!, parse.GetResult(type) is null ? null : parse.GetValue(type), parse.GetValue(output)!, parse.GetValue(batchSize), parse.GetValue(uri)!, parse.GetValue(relayer), ct));
        runner.Examples.Add(command,
            "provenance issue certificate.json --key issuer --out bundles/",
            "provenance issue outbox/ --type certificate-of-origin --key issuer --out bundles/",
            "provenance issue november.ndjson --key issuer --batch-size 5000 --out bundles/ --json",
            "provenance issue outbox/ --key issuer --relayer http://127.0.0.1:5080 --out bundles/");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(
        CommandRunner runner, ParseResult parse, string[] inputArguments, DocumentType? requiredType, string output, int batchSize, string uri, Uri? relayer, CancellationToken cancellationToken)
    {
        if (batchSize < 1)
        {
            throw new CliException($"--batch-size {batchSize} is below 1; a batch holds at least one document");
        }

        var context = runner.Context;
        var inputs = await IssueInputs.ReadAsync(inputArguments, context, cancellationToken);

        // Documents first: an invalid folder is reported without asking for a password.
        var (_, problems) = DocumentCheck.Run(inputs, requiredType, issuer: null);
        if (problems.Count > 0)
        {
            return await RefuseAsync(context, problems, inputs.Count);
        }

        var key = await SigningKeyLoader.LoadAsync(runner, parse, "issuer", cancellationToken);
        var (documents, issuerProblems) = DocumentCheck.Run(inputs, requiredType, key.Address);
        if (issuerProblems.Count > 0)
        {
            return await RefuseAsync(context, issuerProblems, inputs.Count);
        }

        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        using var session = new ChainSession(target, key);
        var outputDirectory = context.ResolvePath(output);
        Directory.CreateDirectory(outputDirectory);
        var journal = await IssueJournal.OpenAsync(outputDirectory, IssueInputs.Digest(inputs), cancellationToken);
        var registry = session.Registry;
        using var relayHttp = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        IAnchorSubmitter anchoring = relayer is null ? new DirectAnchorSubmitter(registry) : new HttpRelaySubmitter(relayHttp, relayer);
        var submitter = new JournaledAnchorSubmitter(anchoring, journal, registry, target.DeploymentBlock);
        var issuer = new DocumentBatchIssuer(key, submitter, new IssueOptions { MaxBatchSize = batchSize, BatchUri = uri }, new SeededSaltSource(journal.Seed));

        var bundles = await ProgressDisplay.RunAsync(context, journal.Resumed ? "resuming issue" : "issuing", documents.Count,
            progress => issuer.IssueAsync(documents, cancellationToken, new Progress<int>(done => progress.Report(done))));

        var issued = new List<IssuedDocument>(bundles.Count);
        for (var i = 0; i < bundles.Count; i++)
        {
            var bundle = journal.Signatures.TryGetValue(bundles[i].Batch.Root, out var anchoredUnder) ? bundles[i] with { Signatures = [anchoredUnder] } : bundles[i];
            var path = Path.Combine(outputDirectory, BundleFileName(documents[i].Id));
            await AtomicFile.WriteAsync(path, ProofBundleWriter.Write(bundle), overwrite: true, cancellationToken);
            issued.Add(new IssuedDocument(inputs[i].Source, documents[i].Id, bundles[i].DocumentHash, bundles[i].Batch.Root, path));
        }

        var anchors = bundles.Select(b => b.Anchor).DistinctBy(a => a.TransactionHash).ToList();
        runner.ResultsFor(parse).Write(new IssueResult(issued, anchors, submitter.Anchored, submitter.Reused, journal.Path));
        return ExitCode.Success;
    }

    /// <summary>The bundle file of a document id: unsafe file-name characters become '_'.</summary>
    public static string BundleFileName(string id) =>
        new string([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]) + ".provenance.json";

    private static async Task<ExitCode> RefuseAsync(CliContext context, IReadOnlyList<InputProblem> problems, int total)
    {
        foreach (var problem in problems)
        {
            await context.Error.WriteLineAsync(problem.ToString());
        }

        var invalid = problems.Select(p => p.Source).Distinct().Count();
        await context.Error.WriteLineAsync($"error: {invalid} of {total} document(s) are invalid ({problems.Count} problem(s)); nothing was anchored. Fix them and run the command again");
        return ExitCode.InvalidOrRefused;
    }
}
