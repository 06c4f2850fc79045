using System.CommandLine;
using ProvenanceLedger.Cli.Documents;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Profiles;

namespace ProvenanceLedger.Cli.Rendering;

/// <summary><c>provenance render BUNDLE --out cert.html</c>: a printable certificate with a QR code to the verify page.</summary>
internal static class RenderCommand
{
    public static Command Create(CommandRunner runner)
    {
        var bundle = new Argument<string>("bundle") { Description = "The proof bundle to print (a redacted one prints its markers)" };
        var output = new Option<string>("--out") { Description = "The HTML file to write", Required = true };
        var command = new Command("render", "Write a printable certificate (A4 HTML) with the document's fields, issuer, anchor and a QR code that opens the node's verify page.")
        {
            bundle, output,
        };
        command.Options.Add(runner.Options.Node);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(bundle)!, parse.GetValue(output)!, ct));
        runner.Examples.Add(command,
            "provenance render CO-2026-000001.provenance.json --out CO-2026-000001.html",
            "provenance render CO-2026-000001.provenance.json --node https://verify.customs.example --out CO-2026-000001.html");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, string bundlePath, string output, CancellationToken cancellationToken)
    {
        var bundle = await BundleFiles.ReadIntactAsync(runner.Context, bundlePath, cancellationToken);
        var node = await new DeploymentResolver(runner, parse).ResolveNodeAsync(cancellationToken)
            ?? throw new CliException("the QR code needs the verify page's node: pass --node, set $PROVENANCE_NODE, or add \"node\" to the profile");
        var link = VerifyLink.For(node, bundle);
        var path = runner.Context.ResolvePath(output);
        await AtomicFile.WriteTextAsync(path, CertificateHtml.Render(bundle, link), overwrite: true, cancellationToken);
        runner.ResultsFor(parse).Write(new FieldsResult($"wrote {path}", [("out", path), ("verifyLink", link.ToString()), ("documentHash", bundle.DocumentHash.ToString())]));
        return ExitCode.Success;
    }
}
