using System.CommandLine;
using ProvenanceLedger.Cli.Documents;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Keys;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Cli.Lifecycle;

/// <summary><c>provenance decide BUNDLE|HASH --decision D --ref R</c>: a customs authority's clearance decision.</summary>
internal static class DecideCommand
{
    public static Command Create(CommandRunner runner)
    {
        var document = new Argument<string>("document") { Description = "The document's bundle, or its 0x document hash" };
        var decision = new Option<CustomsDecision>("--decision") { Description = "Released, Held, InspectionRequired or Rejected", Required = true };
        var reference = new Option<string>("--ref") { Description = "Your customs declaration reference (e.g. the MRN)", Required = true };
        var command = new Command("decide", "Record a customs clearance decision on a document (needs a customs authority key); other administrations see it when they verify.")
        {
            document, decision, reference,
        };
        runner.Options.AddChain(command);
        runner.Options.AddSigning(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(document)!, parse.GetValue(decision), parse.GetValue(reference)!, ct));
        runner.Examples.Add(command,
            "provenance decide CO-2026-000001.provenance.json --decision Released --ref 26DE123456789012A1 --key customs-de",
            "provenance decide 0x579dcae0ff1c76853376bb6b9a311486d44630a53f60f467135accc5e2e319fe --decision InspectionRequired --ref 26DE1234 --key customs-de");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, string document, CustomsDecision decision, string reference, CancellationToken cancellationToken)
    {
        if (decision == CustomsDecision.None)
        {
            throw new CliException("--decision None is not a decision; choose Released, Held, InspectionRequired or Rejected");
        }

        var (hash, _) = await BundleFiles.HashOrBundleAsync(runner.Context, document, cancellationToken);
        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        var key = await SigningKeyLoader.LoadAsync(runner, parse, "customs authority", cancellationToken);
        using var session = new ChainSession(target, key);
        var sent = await session.Registry.RecordDecisionAsync(hash, decision, reference, cancellationToken);
        runner.ResultsFor(parse).Write(new FieldsResult($"recorded {decision} on {hash}",
        [
            ("documentHash", hash.ToString()),
            ("decision", sent.Event.Decision.ToString()),
            ("country", sent.Event.Country),
            ("reference", sent.Event.DeclarationRef),
            ("index", sent.Event.Index),
            ("transaction", sent.Receipt.TransactionHash.ToString()),
        ]));
        return ExitCode.Success;
    }
}
