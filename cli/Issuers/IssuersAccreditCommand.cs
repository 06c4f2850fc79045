using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Keys;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Cli.Issuers;

/// <summary><c>provenance issuers accredit ISSUER --type T --name N</c> (governance key).</summary>
internal static class IssuersAccreditCommand
{
    public static Command Create(CommandRunner runner)
    {
        var issuer = ValueParsers.AddressArgument("issuer", "The issuer's address");
        var type = ValueParsers.TypeOption(required: true);
        var name = new Option<string>("--name") { Description = "Display name of the issuer", Required = true };
        var uri = new Option<string>("--uri") { Description = "A URI describing the issuer (its web page or public key document)", DefaultValueFactory = _ => string.Empty };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Start of the accreditation (ISO 8601; default: the latest block's time; earlier starts are clamped to the block time)" };
        var until = new Option<DateTimeOffset?>("--until") { Description = "End of the accreditation (ISO 8601; default one year from now)" };
        var command = new Command("accredit", "Accredit an issuer for a document type over a validity window (needs the governance key).")
        {
            issuer, type, name, uri, from, until,
        };
        runner.Options.AddChain(command);
        runner.Options.AddSigning(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(issuer), parse.GetValue(type), parse.GetValue(name)!, parse.GetValue(uri)!, parse.GetValue(from), parse.GetValue(until), ct));
        runner.Examples.Add(command,
            "provenance issuers accredit 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --type certificate-of-origin --name \"Chamber of Commerce Lyon\" --key governance",
            "provenance issuers accredit 0x7099…79C8 --type origin-declaration --name \"Exporter SA\" --from 2026-12-01 --until 2027-12-01 --key governance");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(
        CommandRunner runner, ParseResult parse, Address issuer, DocumentType type, string name, string uri, DateTimeOffset? from, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        var key = await SigningKeyLoader.LoadAsync(runner, parse, "governance", cancellationToken);
        using var session = new ChainSession(target, key);
        // "Now" is the chain's time, which may differ from this machine's clock.
        var validFrom = from ?? (await session.Rpc.GetBlockByNumberAsync(BlockParameter.Latest, cancellationToken))!.Time;
        var validUntil = until ?? validFrom.AddYears(1);
        if (validUntil <= validFrom)
        {
            throw new CliException($"--until {validUntil:O} is not after --from {validFrom:O}; give a later --until");
        }

        var sent = await session.Registry.AccreditAsync(issuer, type.Id, validFrom, validUntil, name, uri, cancellationToken);
        runner.ResultsFor(parse).Write(new FieldsResult($"accredited {issuer} for {type.Name}",
        [
            ("issuer", issuer.ToString()),
            ("type", type.Name),
            ("name", name),
            ("validFrom", sent.Event.ValidFrom.ToString("O")),
            ("validUntil", sent.Event.ValidUntil.ToString("O")),
            ("transaction", sent.Receipt.TransactionHash.ToString()),
        ]));
        return ExitCode.Success;
    }
}
