using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using ProvenanceLedger.Cli.Audit;
using ProvenanceLedger.Cli.Commands;
using ProvenanceLedger.Cli.Customs;
using ProvenanceLedger.Cli.Dev;
using ProvenanceLedger.Cli.Documents;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Issuers;
using ProvenanceLedger.Cli.Issuing;
using ProvenanceLedger.Cli.Keys;
using ProvenanceLedger.Cli.Lifecycle;
using ProvenanceLedger.Cli.Rendering;
using ProvenanceLedger.Cli.Verifying;

namespace ProvenanceLedger.Cli;

/// <summary>The `provenance` root command: one factory per command, run against a <see cref="CliContext"/>.</summary>
public static class ProvenanceCli
{
    /// <summary>Builds the root command for <paramref name="context"/>.</summary>
    public static Command Create(CliContext context, CommonOptions options)
    {
        var runner = new CommandRunner(context, options);
        // A plain command named "provenance" rather than RootCommand, which names itself after the executable
        // (the test host, in-process).
        var root = new Command("provenance", "provenance: issue, verify and audit paperless trade documents anchored on an Ethereum chain.")
        {
            KeysCommand.Create(runner),
            DeployCommand.Create(runner),
            IssuersCommand.Create(runner),
            CustomsCommand.Create(runner),
            IssueCommand.Create(runner),
            SamplesCommand.Create(runner),
            VerifyCommand.Create(runner),
            RedactCommand.Create(runner),
            RevokeCommand.Create(runner),
            SupersedeCommand.Create(runner),
            DecideCommand.Create(runner),
            HistoryCommand.Create(runner),
            AuditCommand.Create(runner),
            RenderCommand.Create(runner),
            DevCommand.Create(runner),
        };

        var help = new HelpOption();
        runner.Examples.AttachTo(help);
        root.Options.Add(help);
        root.Options.Add(new VersionOption());
        root.Options.Add(options.Json);
        root.Options.Add(options.Verbose);
        root.Options.Add(options.Profile);
        root.Options.Add(options.ProfilesFile);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; usage errors exit 2 with one line each on stderr.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = Create(context, new CommonOptions());
        var parse = root.Parse(args);
        // --help wins over errors (a missing argument must not hide the help that explains it).
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync($"error: {error.Message}");
            }

            await context.Error.WriteLineAsync($"run '{string.Join(' ', CommandPath(parse))} --help' for usage");
            return (int)ExitCode.UsageOrEnvironment;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = context.Output, Error = context.Error }, cancellationToken);
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new Stack<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Push(result.Command.Name);
        }

        return names;
    }
}
