namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>What the process tells its caller; scripts branch on these three values only.</summary>
public enum ExitCode
{
    /// <summary>The document is valid, or the command did what was asked.</summary>
    Success = 0,

    /// <summary>The document is invalid, or the chain or a check refused the request.</summary>
    InvalidOrRefused = 1,

    /// <summary>The command line was wrong, or the environment (files, RPC, passwords) did not allow the work.</summary>
    UsageOrEnvironment = 2,
}
