namespace ProvenanceLedger.Cli.Tests;

/// <summary>Reads the table that `provenance verify` prints.</summary>
internal static class VerifyOutput
{
    /// <summary>"name STATUS" for each row of the checks table, in order.</summary>
    public static IReadOnlyList<string> CheckLines(CliRun run) =>
        run.OutputLines.SkipWhile(l => !l.TrimStart().StartsWith("check", StringComparison.Ordinal)).Skip(2)
            .TakeWhile(l => !l.StartsWith("  decision:", StringComparison.Ordinal) && !l.StartsWith("  warning:", StringComparison.Ordinal) && !l.StartsWith("  parent:", StringComparison.Ordinal))
            .Where(l => l.Trim().Length > 0)
            .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2)))
            .ToList();
}
