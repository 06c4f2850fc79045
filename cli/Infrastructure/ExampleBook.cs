using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>
/// Worked examples per command, printed after the standard help of that command only (so parent listings
/// stay one line per subcommand).
/// </summary>
public sealed class ExampleBook
{
    private readonly Dictionary<Command, IReadOnlyList<string>> _examples = [];

    /// <summary>Records the examples of <paramref name="command"/>, returning it for chaining.</summary>
    public Command Add(Command command, params string[] examples)
    {
        _examples[command] = examples;
        return command;
    }

    /// <summary>Makes <paramref name="help"/> print the examples after its usual output.</summary>
    public void AttachTo(HelpOption help)
    {
        var standard = (HelpAction)help.Action!;
        help.Action = new WithExamples(standard, this);
    }

    private sealed class WithExamples(HelpAction standard, ExampleBook book) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var result = standard.Invoke(parseResult);
            if (book._examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine($"  {example}");
                }

                output.WriteLine();
            }

            return result;
        }
    }
}
