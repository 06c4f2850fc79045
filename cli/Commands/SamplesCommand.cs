using System.CommandLine;
using System.Text.Json.Nodes;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Commands;

/// <summary><c>provenance samples</c>: realistic, valid documents naming a given issuer, to try issuing with.</summary>
internal static class SamplesCommand
{
    public static Command Create(CommandRunner runner)
    {
        var issuer = new Option<string>("--issuer") { Description = "Issuer address to put in every document (the key you will issue with)", Required = true };
        var count = new Option<int>("--count") { Description = "How many documents", DefaultValueFactory = _ => 1 };
        var type = ValueParsers.TypeOption(required: false);
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed gives the same documents", DefaultValueFactory = _ => 1337 };
        var output = new Option<string>("--out") { Description = "Folder for <id>.json files; with a name ending .ndjson, one NDJSON file", Required = true };
        var command = new Command("samples", "Write realistic sample documents (certificates of origin by default) that name your issuer, to try 'provenance issue' with.")
        {
            issuer, count, type, seed, output,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(issuer) is { } text && !Address.TryParse(text, out _))
            {
                result.AddError($"--issuer '{text}' is not an Ethereum address");
            }
        });
        runner.Bind(command, (parse, ct) => HandleAsync(
            runner, parse, Address.Parse(parse.GetValue(issuer)!), parse.GetValue(count), parse.GetResult(type) is null ? DocumentType.CertificateOfOrigin : parse.GetValue(type), parse.GetValue(seed), parse.GetValue(output)!, ct));
        runner.Examples.Add(command,
            "provenance samples --issuer 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --count 20 --out outbox/",
            "provenance samples --issuer 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --count 10000 --out november.ndjson");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, Address issuer, int count, DocumentType type, int seed, string output, CancellationToken cancellationToken)
    {
        if (count < 1)
        {
            throw new CliException($"--count {count} is below 1");
        }

        var generator = new SampleDocumentGenerator(seed);
        var documents = Enumerable.Range(0, count).Select(_ => Reissue(Make(generator, type), issuer)).ToList();
        var path = runner.Context.ResolvePath(output);
        if (path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            await AtomicFile.WriteTextAsync(path, string.Concat(documents.Select(d => d.ToJsonString() + "\n")), overwrite: false, cancellationToken);
        }
        else
        {
            Directory.CreateDirectory(path);
            foreach (var document in documents)
            {
                await AtomicFile.WriteTextAsync(Path.Combine(path, document.Id + ".json"), document.ToJsonString(indented: true) + "\n", overwrite: false, cancellationToken);
            }
        }

        runner.ResultsFor(parse).Write(new FieldsResult($"wrote {count} sample {type.Name} document(s) naming issuer {issuer}",
            [("count", count), ("type", type.Name), ("issuer", issuer.ToString()), ("out", path)]));
        return ExitCode.Success;
    }

    /// <summary>A sample document of <paramref name="type"/>.</summary>
    public static TradeDocument Make(SampleDocumentGenerator generator, DocumentType type) =>
        type == DocumentType.OriginDeclaration ? generator.OriginDeclaration()
        : type == DocumentType.CommercialInvoice ? generator.CommercialInvoice()
        : type == DocumentType.PhytosanitaryCertificate ? generator.PhytosanitaryCertificate()
        : type == DocumentType.CertificateOfOrigin ? generator.CertificateOfOrigin()
        : throw new CliException($"there are no samples of type {type.Name}; choose a well-known type");

    /// <summary>The same document naming <paramref name="issuer"/> as its issuer.</summary>
    public static TradeDocument Reissue(TradeDocument document, Address issuer)
    {
        var json = document.ToJson();
        json["issuer"]!["address"] = issuer.ToString();
        return TradeDocument.FromJson((JsonObject)json);
    }
}
