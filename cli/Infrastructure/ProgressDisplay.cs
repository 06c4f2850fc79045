using Spectre.Console;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>
/// A progress bar on stderr while long work runs, drawn only when stderr is a terminal, so redirected
/// output and logs stay clean.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, which reports how many of <paramref name="total"/> items are done.</summary>
    public static async Task<T> RunAsync<T>(CliContext context, string description, long total, Func<IProgress<long>, Task<T>> work)
    {
        if (!context.ErrorIsTerminal || total <= 0)
        {
            return await work(new Progress<long>(_ => { }));
        }

        return await Consoles.Live(context.Error).Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(description, maxValue: total);
                var result = await work(new Reporter(task));
                task.Value = total;
                return result;
            });
    }

    // Sets the value directly (not via Progress<T>'s captured context), so the bar sees every report.
    private sealed class Reporter(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = value;
    }
}
