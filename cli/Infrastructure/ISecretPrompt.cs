namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>Asks the person at the terminal for a secret without echoing it.</summary>
public interface ISecretPrompt
{
    /// <summary>Whether a person can answer (stdin is a terminal).</summary>
    bool CanPrompt { get; }

    /// <summary>Shows <paramref name="prompt"/> and reads one line without echo.</summary>
    string Ask(string prompt);
}
