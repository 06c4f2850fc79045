using System.Text;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>Reads a secret from the terminal key by key, so nothing of it is echoed or logged.</summary>
internal sealed class ConsoleSecretPrompt : ISecretPrompt
{
    public bool CanPrompt => !Console.IsInputRedirected;

    public string Ask(string prompt)
    {
        Console.Error.Write(prompt);
        var secret = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return secret.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (secret.Length > 0)
                {
                    secret.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
    }
}
