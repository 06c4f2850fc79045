using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Tests;

/// <summary>A terminal that answers prompts from a script (or is absent, like a redirected stdin).</summary>
internal sealed class ScriptedPrompt(params string[] answers) : ISecretPrompt
{
    private readonly Queue<string> _answers = new(answers);

    public List<string> Prompts { get; } = [];

    public bool CanPrompt => _answers.Count > 0;

    public string Ask(string prompt)
    {
        Prompts.Add(prompt);
        return _answers.Dequeue();
    }
}
