using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Keys;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Cli.Issuers;

/// <summary>
/// <c>provenance issuers suspend|reinstate|end ISSUER --type T</c> (governance key): the changes to an existing
/// accreditation. They share one shape — resolve the deployment, load the governance key, send one registry
/// call, print what the event recorded — so they share one implementation.
/// </summary>
internal static class IssuersAccreditationChangeCommands
{
    private const string ExampleIssuer = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    private delegate Task<(string Field, string Value, Hash32 Transaction)> Change(RegistryClient registry, Address issuer, Hash32 docType, AccreditationReason reason, CancellationToken cancellationToken);

    public static Command Suspend(CommandRunner runner) => Create(
        runner,
        "suspend",
        "Suspend an issuer's active accreditation for a document type now (needs the governance key); anchors fail until it is reinstated.",
        "suspended",
        withReason: true,
        async (registry, issuer, docType, reason, ct) =>
        {
            var sent = await registry.SuspendAccreditationAsync(issuer, docType, reason, ct);
            return ("reason", sent.Event.Reason.ToString(), sent.Receipt.TransactionHash);
        });

    public static Command Reinstate(CommandRunner runner) => Create(
        runner,
        "reinstate",
        "Reinstate a suspended accreditation (needs the governance key): a new validity period from now to its original end.",
        "reinstated",
        withReason: false,
        async (registry, issuer, docType, _, ct) =>
        {
            var sent = await registry.ReinstateAccreditationAsync(issuer, docType, ct);
            return ("validUntil", sent.Event.ValidUntil.ToString("u"), sent.Receipt.TransactionHash);
        });

    public static Command End(CommandRunner runner) => Create(
        runner,
        "end",
        "End an active or suspended accreditation for good (needs the governance key); its history stays on the chain.",
        "ended",
        withReason: true,
        async (registry, issuer, docType, reason, ct) =>
        {
            var sent = await registry.EndAccreditationAsync(issuer, docType, reason, ct);
            return ("reason", sent.Event.Reason.ToString(), sent.Receipt.TransactionHash);
        });

    private static Command Create(CommandRunner runner, string name, string description, string done, bool withReason, Change change)
    {
        var issuer = ValueParsers.AddressArgument("issuer", "The issuer's address");
        var type = ValueParsers.TypeOption(required: true);
        var reason = new Option<AccreditationReason>("--reason") { Description = "Why: IssuerRequest, NonCompliance, Fraud, KeyCompromise or Administrative", Required = true };
        var command = new Command(name, description) { issuer, type };
        if (withReason)
        {
            command.Options.Add(reason);
        }

        runner.Options.AddChain(command);
        runner.Options.AddSigning(command);
        runner.Bind(command, (parse, ct) => HandleAsync(
            runner, parse, parse.GetValue(issuer), parse.GetValue(type)!, withReason ? parse.GetValue(reason) : null, done, change, ct));
        runner.Examples.Add(command, withReason
            ? $"provenance issuers {name} {ExampleIssuer} --type certificate-of-origin --reason NonCompliance --key governance"
            : $"provenance issuers {name} {ExampleIssuer} --type certificate-of-origin --key governance");
        return command;
    }

    private static async Task<ExitCode> HandleAsync(
        CommandRunner runner, ParseResult parse, Address issuer, DocumentType type, AccreditationReason? reason, string done, Change change, CancellationToken cancellationToken)
    {
        if (reason == AccreditationReason.None)
        {
            throw new CliException("--reason None is not a reason; choose IssuerRequest, NonCompliance, Fraud, KeyCompromise or Administrative");
        }

        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        var key = await SigningKeyLoader.LoadAsync(runner, parse, "governance", cancellationToken);
        using var session = new ChainSession(target, key);
        var (field, value, transaction) = await change(session.Registry, issuer, type.Id, reason ?? AccreditationReason.None, cancellationToken);
        runner.ResultsFor(parse).Write(new FieldsResult($"{done} {issuer} for {type.Name}",
        [
            ("issuer", issuer.ToString()),
            ("type", type.Name),
            (field, value),
            ("transaction", transaction.ToString()),
        ]));
        return ExitCode.Success;
    }
}
