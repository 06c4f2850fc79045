using System.Reflection;

namespace ProvenanceLedger.Cli.Tests;

/// <summary>
/// Runs the `provenance` entry point inside the test process and captures what it writes. The console is
/// process-wide, so callers belong to <see cref="ConsoleCollection"/>.
/// </summary>
internal static class InProcessCli
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var entryPoint = typeof(Program).Assembly.EntryPoint
            ?? throw new InvalidOperationException("the provenance assembly has no entry point");
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            var result = entryPoint.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, [args], culture: null);
            var exitCode = result switch
            {
                int code => code,
                Task<int> task => await task,
                _ => throw new InvalidOperationException($"unexpected entry point result {result?.GetType().Name ?? "null"}"),
            };
            return (exitCode, captured.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
