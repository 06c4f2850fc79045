using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Keys;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Cli.Issuers;

/// <summary><c>provenance issuers suspend ISSUER --type T --reason R</c> (governance key).</summary>
internal static class IssuersSuspendCommand
{
    public static Command Create(CommandRunner runner)
    {
        var issuer = ValueParsers.AddressArgument("issuer", "The issuer's address");
        var type = ValueParsers.TypeOption(required: true);
        var reason = new Option<AccreditationReason>("--reason") { Description = "Why: IssuerRequest, NonCompliance, Fraud, KeyCompromise or Administrative", Required = true };
        var command = new Command("suspend", "Suspend an issuer's active accreditation for a document type now (needs the governance key); anchors fail until it is reinstated.")
        {
            issuer, type, reason,
        };
        runner.Options.AddChain(command);
        runner.Options.AddSigning(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(issuer), parse.GetValue(type), parse.GetValue(reason), ct));
        runner.Examples.Add(command, "provenance issuers suspend 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --type certificate-of-origin --reason NonCompliance --key governance");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, Address issuer, DocumentType type, AccreditationReason reason, CancellationToken cancellationToken)
    {
        if (reason == AccreditationReason.None)
        {
            throw new CliException("--reason None is not a reason; choose IssuerRequest, NonCompliance, Fraud, KeyCompromise or Administrative");
        }

        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        var key = await SigningKeyLoader.LoadAsync(runner, parse, "governance", cancellationToken);
        using var session = new ChainSession(target, key);
        var sent = await session.Registry.SuspendAccreditationAsync(issuer, type.Id, reason, cancellationToken);
        runner.ResultsFor(parse).Write(new FieldsResult($"suspended {issuer} for {type.Name}",
        [
            ("issuer", issuer.ToString()),
            ("type", type.Name),
            ("reason", sent.Event.Reason.ToString()),
            ("transaction", sent.Receipt.TransactionHash.ToString()),
        ]));
        return ExitCode.Success;
    }
}
