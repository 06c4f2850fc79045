using Spectre.Console;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>Spectre.Console consoles over a given writer.</summary>
internal static class Consoles
{
    /// <summary>Plain text, no colour and no cursor movement, wide enough that tables never wrap: the same lines on a terminal and in a file.</summary>
    public static IAnsiConsole Plain(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 1000;
        return console;
    }

    /// <summary>A console that may redraw (progress bars) on a terminal.</summary>
    public static IAnsiConsole Live(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(writer),
    });
}
