using System.CommandLine;
using ProvenanceLedger.Cli.Documents;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Keys;
using ProvenanceLedger.Cli.Profiles;

namespace ProvenanceLedger.Cli.Lifecycle;

/// <summary><c>provenance supersede OLD NEW</c>: mark a document as replaced by a newer one.</summary>
internal static class SupersedeCommand
{
    public static Command Create(CommandRunner runner)
    {
        var old = new Argument<string>("old") { Description = "Bundle of the document being replaced" };
        var replacement = new Argument<string>("new") { Description = "Bundle of the replacing document (already issued)" };
        var command = new Command("supersede", "Record that a newer document replaces an older one; both must have been anchored by the signing issuer.") { old, replacement };
        runner.Options.AddChain(command);
        runner.Options.AddSigning(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(old)!, parse.GetValue(replacement)!, ct));
        runner.Examples.Add(command, "provenance supersede CO-2026-000001.provenance.json CO-2026-000001-corrected.provenance.json --key issuer");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, string oldPath, string newPath, CancellationToken cancellationToken)
    {
        var old = await BundleFiles.ReadIntactAsync(runner.Context, oldPath, cancellationToken);
        var replacement = await BundleFiles.ReadIntactAsync(runner.Context, newPath, cancellationToken);
        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        var key = await SigningKeyLoader.LoadAsync(runner, parse, "issuer", cancellationToken);
        using var session = new ChainSession(target, key);
        var sent = await session.Registry.SupersedeAsync(
            old.DocumentHash, old.Batch.Root, old.Batch.Proof, replacement.DocumentHash, replacement.Batch.Root, replacement.Batch.Proof, cancellationToken);
        runner.ResultsFor(parse).Write(new FieldsResult($"{old.DocumentHash} is superseded by {replacement.DocumentHash}",
        [
            ("oldHash", old.DocumentHash.ToString()),
            ("newHash", replacement.DocumentHash.ToString()),
            ("transaction", sent.Receipt.TransactionHash.ToString()),
        ]));
        return ExitCode.Success;
    }
}
