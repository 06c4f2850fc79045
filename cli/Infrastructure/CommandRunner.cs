using System.CommandLine;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>
/// Binds handlers to commands: hands them the parse result, the context and the Ctrl+C token, and turns
/// anticipated failures into one line on stderr and an exit code.
/// </summary>
public sealed class CommandRunner(CliContext context, CommonOptions options)
{
    /// <summary>The context handlers run in.</summary>
    public CliContext Context { get; } = context;

    /// <summary>The shared options.</summary>
    public CommonOptions Options { get; } = options;

    /// <summary>Worked examples shown by --help.</summary>
    public ExampleBook Examples { get; } = new();

    /// <summary>The writer for results: tables, or JSON when --json was given.</summary>
    public IResultWriter ResultsFor(ParseResult parse) =>
        parse.GetValue(Options.Json) ? new JsonResultWriter(Context.Output) : new TableResultWriter(Context.Output);

    /// <summary>Makes <paramref name="handler"/> the action of <paramref name="command"/>.</summary>
    public void Bind(Command command, Func<ParseResult, CancellationToken, Task<ExitCode>> handler) =>
        command.SetAction(async (parse, cancellationToken) => (int)await RunAsync(parse, handler, cancellationToken));

    private async Task<ExitCode> RunAsync(ParseResult parse, Func<ParseResult, CancellationToken, Task<ExitCode>> handler, CancellationToken cancellationToken)
    {
        try
        {
            return await handler(parse, cancellationToken);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            await Context.Error.WriteLineAsync("cancelled; every file is either complete or not written, so running the command again continues safely");
            WriteTrace(parse, e);
            return ExitCode.UsageOrEnvironment;
        }
        catch (Exception e) when (FailureTranslator.Translate(e) is { } failure)
        {
            await Context.Error.WriteLineAsync($"error: {failure.Message}");
            WriteTrace(parse, e);
            return failure.ExitCode;
        }
    }

    private void WriteTrace(ParseResult parse, Exception e)
    {
        if (parse.GetValue(Options.Verbose))
        {
            Context.Error.WriteLine(e.ToString());
        }
    }
}
