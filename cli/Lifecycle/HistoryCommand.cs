using System.CommandLine;
using System.Globalization;
using ProvenanceLedger.Cli.Documents;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Cli.Lifecycle;

/// <summary><c>provenance history BUNDLE|HASH</c>: every registry event about a document, in chain order.</summary>
internal static class HistoryCommand
{
    public static Command Create(CommandRunner runner)
    {
        var document = new Argument<string>("document") { Description = "The document's bundle (includes its batch's events), or its 0x document hash" };
        var command = new Command("history", "List what happened to a document on chain: anchoring of its batch, revocations, supersessions and customs decisions (from the chain, or from a ledger node with --node).") { document };
        runner.Options.AddChainOrNode(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(document)!, ct));
        runner.Examples.Add(command, "provenance history CO-2026-000001.provenance.json", "provenance history 0x579dcae0ff1c76853376bb6b9a311486d44630a53f60f467135accc5e2e319fe --json",
            "provenance history CO-2026-000001.provenance.json --node http://127.0.0.1:5080");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, string document, CancellationToken cancellationToken)
    {
        var (hash, bundle) = await BundleFiles.HashOrBundleAsync(runner.Context, document, cancellationToken);
        var rows = parse.GetValue(runner.Options.Node) is { } node
            ? await NodeHistoryClient.ReadAsync(node, hash, bundle?.Batch.Root, cancellationToken)
            : await FromChainAsync(runner, parse, hash, bundle?.Batch.Root, cancellationToken);
        runner.ResultsFor(parse).Write(new TableResult($"history of {hash}", ["block", "event", "details", "transaction"], ["block", "event", "details", "transaction"], rows));
        return ExitCode.Success;
    }

    private static async Task<IReadOnlyList<IReadOnlyList<string>>> FromChainAsync(CommandRunner runner, ParseResult parse, Hash32 hash, Hash32? root, CancellationToken cancellationToken)
    {
        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        using var session = new ChainSession(target);
        var events = await session.Registry.GetEventsAsync(BlockParameter.Number(target.DeploymentBlock), BlockParameter.Latest, cancellationToken);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var e in events)
        {
            if (Describe(e, hash, root) is { } what)
            {
                rows.Add([e.Position.BlockNumber.ToString(CultureInfo.InvariantCulture), what.Event, what.Details, e.Position.TransactionHash.ToString()]);
            }
        }

        return rows;
    }

    private static (string Event, string Details)? Describe(RegistryEvent e, Hash32 hash, Hash32? root) => e switch
    {
        BatchAnchoredEvent a when a.Root == root => ("anchored", $"batch {a.Root} of {a.Count} by {a.Issuer}"),
        BatchRevokedEvent r when r.Root == root => ("batch revoked", $"{r.Reason} by {r.RevokedBy}"),
        DocumentRevokedEvent r when r.DocHash == hash => ("revoked", $"{r.Reason} by {r.RevokedBy}"),
        SupersededEvent s when s.OldHash == hash => ("superseded", $"by {s.NewHash}"),
        SupersededEvent s when s.NewHash == hash => ("supersedes", $"{s.OldHash}"),
        DecisionRecordedEvent d when d.DocHash == hash => ("decision", $"{d.Decision} by {d.Authority} ({d.Country}) ref {d.DeclarationRef}"),
        _ => null,
    };
}
