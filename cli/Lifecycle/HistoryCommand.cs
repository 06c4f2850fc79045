using System.CommandLine;
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
        runner.ResultsFor(parse).Write(new TableResult($"history of {hash}", HistoryRows.Columns, HistoryRows.Columns, rows));
        return ExitCode.Success;
    }

    private static async Task<IReadOnlyList<IReadOnlyList<string>>> FromChainAsync(CommandRunner runner, ParseResult parse, Hash32 hash, Hash32? root, CancellationToken cancellationToken)
    {
        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        using var session = new ChainSession(target);
        var events = await session.Registry.GetEventsAsync(BlockParameter.Number(target.DeploymentBlock), BlockParameter.Latest, cancellationToken);
        var roots = BatchesNamingTheDocument(events, hash, root);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var e in events)
        {
            if (Describe(e, hash, root, roots) is { } what)
            {
                rows.Add(HistoryRows.Row(e.Position.BlockNumber, what.Event, what.Detail, e.Position.TransactionHash.ToString()));
            }
        }

        return rows;
    }

    // The batches whose revocation is part of the document's history, as the node counts them: the one given, and
    // those the document's own revocation and supersessions name.
    private static HashSet<Hash32> BatchesNamingTheDocument(IReadOnlyList<RegistryEvent> events, Hash32 hash, Hash32? root)
    {
        var roots = new HashSet<Hash32>();
        if (root is { } given)
        {
            roots.Add(given);
        }

        foreach (var e in events)
        {
            switch (e)
            {
                case DocumentRevokedEvent r when r.DocHash == hash:
                    roots.Add(r.Root);
                    break;
                case SupersededEvent s when s.OldHash == hash:
                    roots.Add(s.OldRoot);
                    break;
                case SupersededEvent s when s.NewHash == hash:
                    roots.Add(s.NewRoot);
                    break;
            }
        }

        return roots;
    }

    private static (string Event, string Detail)? Describe(RegistryEvent e, Hash32 hash, Hash32? root, HashSet<Hash32> roots) => e switch
    {
        BatchAnchoredEvent a when a.Root == root => (DocumentHistoryWording.BatchAnchoredEvent, DocumentHistoryWording.BatchAnchored(a.Count, a.Issuer)),
        BatchRevokedEvent r when roots.Contains(r.Root) => (DocumentHistoryWording.BatchRevokedEvent, DocumentHistoryWording.BatchRevoked(r.RevokedBy, r.Reason)),
        DocumentRevokedEvent r when r.DocHash == hash => (DocumentHistoryWording.DocumentRevokedEvent, DocumentHistoryWording.DocumentRevoked(r.RevokedBy, r.Reason)),
        SupersededEvent s when s.OldHash == hash => (DocumentHistoryWording.SupersededEvent, DocumentHistoryWording.SupersededBy(s.NewHash)),
        SupersededEvent s when s.NewHash == hash => (DocumentHistoryWording.SupersedesEvent, DocumentHistoryWording.Supersedes(s.OldHash)),
        DecisionRecordedEvent d when d.DocHash == hash => (DocumentHistoryWording.DecisionRecordedEvent, DocumentHistoryWording.DecisionRecorded(d.Decision, d.Authority, d.Country, d.DeclarationRef)),
        _ => null,
    };
}
