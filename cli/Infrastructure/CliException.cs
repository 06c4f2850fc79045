namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>
/// An anticipated failure: its one-line message says what is wrong and what to do, and it is printed on
/// stderr without a stack trace (unless --verbose).
/// </summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception; <paramref name="exitCode"/> says whether the request was refused or the environment failed.</summary>
    public CliException(string message, ExitCode exitCode = ExitCode.UsageOrEnvironment, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    /// <summary>The exit code the process ends with.</summary>
    public ExitCode ExitCode { get; }
}
