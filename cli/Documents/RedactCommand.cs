using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Cli.Documents;

/// <summary><c>provenance redact BUNDLE --field POINTER…</c>: hide fields; the document hash stays the same.</summary>
internal static class RedactCommand
{
    public static Command Create(CommandRunner runner)
    {
        var bundle = new Argument<string>("bundle") { Description = "The proof bundle (*.provenance.json)" };
        var fields = new Option<string[]>("--field") { Description = "JSON Pointer of a field, object or array to hide (repeatable), e.g. /body/invoice", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out") { Description = "Where to write the redacted bundle (default: <bundle>.redacted.provenance.json)" };
        var command = new Command("redact", "Hide fields of a bundle's document behind markers; the document hash, proof and anchor stay valid, so the redacted bundle still verifies.")
        {
            bundle, fields, output,
        };
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(bundle)!, parse.GetValue(fields)!, parse.GetValue(output), ct));
        runner.Examples.Add(command,
            "provenance redact CO-2026-000001.provenance.json --field /body/invoice --field /body/importer/address",
            "provenance redact CO-2026-000001.provenance.json --field /body/items/0/quantity --out for-bank.provenance.json");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, string bundlePath, string[] fields, string? output, CancellationToken cancellationToken)
    {
        var bundle = await BundleFiles.ReadIntactAsync(runner.Context, bundlePath, cancellationToken);
        var (document, salts) = new DocumentRedactor().Redact(bundle.Document, bundle.Salts, fields);
        var redacted = bundle with { Document = document, Salts = salts };
        var recomputed = new DocumentHasher().Recompute(document, salts).DocumentHash;
        if (recomputed != bundle.DocumentHash)
        {
            throw new InvalidOperationException($"redaction changed the document hash from {bundle.DocumentHash} to {recomputed}; this is a bug in the SDK");
        }

        var source = runner.Context.ResolvePath(bundlePath);
        var destination = output is null
            ? Path.Combine(Path.GetDirectoryName(source)!, Path.GetFileName(source).Replace(".provenance.json", string.Empty, StringComparison.Ordinal) + ".redacted.provenance.json")
            : runner.Context.ResolvePath(output);
        await AtomicFile.WriteAsync(destination, ProofBundleWriter.Write(redacted), overwrite: false, cancellationToken);
        runner.ResultsFor(parse).Write(new FieldsResult($"redacted {fields.Length} field(s); the document hash is unchanged",
        [
            ("documentHash", bundle.DocumentHash.ToString()),
            ("redacted", new System.Text.Json.Nodes.JsonArray([.. fields.Select(f => (System.Text.Json.Nodes.JsonNode)f)])),
            ("saltsBefore", bundle.Salts.Count),
            ("saltsAfter", salts.Count),
            ("out", destination),
        ]));
        return ExitCode.Success;
    }
}
