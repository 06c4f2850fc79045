using System.CommandLine;
using ProvenanceLedger.Cli.Documents;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Keys;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Cli.Lifecycle;

/// <summary><c>provenance revoke BUNDLE --reason R</c>: revoke one document (or its whole batch with --whole-batch).</summary>
internal static class RevokeCommand
{
    public static Command Create(CommandRunner runner)
    {
        var bundle = new Argument<string>("bundle") { Description = "The proof bundle of the document to revoke" };
        var reason = new Option<RevocationReason>("--reason") { Description = "IssuedInError, Fraud, ReplacedByCorrectedDocument, Withdrawn, KeyCompromise or GovernanceOrder", Required = true };
        var wholeBatch = new Option<bool>("--whole-batch") { Description = "Revoke every document of the bundle's batch" };
        var command = new Command("revoke", "Revoke a document (its batch's issuer or governance); verifiers then report it as revoked.") { bundle, reason, wholeBatch };
        runner.Options.AddChain(command);
        runner.Options.AddSigning(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(bundle)!, parse.GetValue(reason), parse.GetValue(wholeBatch), ct));
        runner.Examples.Add(command,
            "provenance revoke CO-2026-000001.provenance.json --reason IssuedInError --key issuer",
            "provenance revoke CO-2026-000001.provenance.json --reason KeyCompromise --whole-batch --key governance");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, string bundlePath, RevocationReason reason, bool wholeBatch, CancellationToken cancellationToken)
    {
        if (reason == RevocationReason.None)
        {
            throw new CliException("--reason None is not a reason; choose IssuedInError, Fraud, ReplacedByCorrectedDocument, Withdrawn, KeyCompromise or GovernanceOrder");
        }

        var bundle = await BundleFiles.ReadIntactAsync(runner.Context, bundlePath, cancellationToken);
        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        var key = await SigningKeyLoader.LoadAsync(runner, parse, "issuer or governance", cancellationToken);
        using var session = new ChainSession(target, key);
        RegistryTransaction sent = wholeBatch
            ? await session.Registry.RevokeBatchAsync(bundle.Batch.Root, reason, cancellationToken)
            : await session.Registry.RevokeDocumentAsync(bundle.DocumentHash, bundle.Batch.Root, bundle.Batch.Proof, reason, cancellationToken);
        runner.ResultsFor(parse).Write(new FieldsResult(wholeBatch ? $"revoked batch {bundle.Batch.Root} ({bundle.Batch.Size} documents)" : $"revoked document {bundle.DocumentHash}",
        [
            (wholeBatch ? "root" : "documentHash", (wholeBatch ? bundle.Batch.Root : bundle.DocumentHash).ToString()),
            ("reason", reason.ToString()),
            ("transaction", sent.Receipt.TransactionHash.ToString()),
        ]));
        return ExitCode.Success;
    }
}
