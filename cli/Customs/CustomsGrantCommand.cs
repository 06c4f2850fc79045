using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Keys;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Customs;

/// <summary><c>provenance customs grant AUTHORITY --country CC</c> (governance key).</summary>
internal static class CustomsGrantCommand
{
    public static Command Create(CommandRunner runner)
    {
        var authority = ValueParsers.AddressArgument("authority", "The customs authority's address");
        var country = new Option<string>("--country") { Description = "ISO 3166-1 alpha-2 country of the authority, e.g. DE", Required = true };
        var command = new Command("grant", "Make an account a customs authority of a country, so it can record decisions (needs the governance key).") { authority, country };
        runner.Options.AddChain(command);
        runner.Options.AddSigning(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(authority), parse.GetValue(country)!, ct));
        runner.Examples.Add(command, "provenance customs grant 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC --country DE --key governance");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, Address authority, string country, CancellationToken cancellationToken)
    {
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            throw new CliException($"--country '{country}' is not two upper-case letters (ISO 3166-1 alpha-2, e.g. DE)");
        }

        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        var key = await SigningKeyLoader.LoadAsync(runner, parse, "governance", cancellationToken);
        using var session = new ChainSession(target, key);
        var sent = await session.Registry.AddCustomsAuthorityAsync(authority, country, cancellationToken);
        runner.ResultsFor(parse).Write(new FieldsResult($"{authority} is a customs authority of {sent.Event.Country}",
        [
            ("authority", authority.ToString()),
            ("country", sent.Event.Country),
            ("transaction", sent.Receipt.TransactionHash.ToString()),
        ]));
        return ExitCode.Success;
    }
}
