using System.CommandLine;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// Our issue rounds as the peer run's process makes them (the shared documents read first, the same warm-up, rounds
/// of one size), without a chain and for as many rounds as asked: a steady process to profile (bench/README.md,
/// "Issue path, session 7": `perf record -p` on it after its first rounds).
/// </summary>
internal static class IssueRoundsCommand
{
    private static readonly Option<FileInfo> Documents = new("--documents") { Description = "The JSON Lines file from `generate`", Required = true };
    private static readonly Option<string> IssuerKey = new("--issuer-key") { Description = "Private key (0x hex) of the issuer the documents name", Required = true };
    private static readonly Option<int> Hold = new("--hold") { Description = "Documents read and held first (the peer run holds 100,000)", DefaultValueFactory = _ => 100_000 };
    private static readonly Option<int> Size = new("--size") { Description = "Documents per round", DefaultValueFactory = _ => 1_000 };
    private static readonly Option<int> Rounds = new("--rounds") { Description = "How many rounds", DefaultValueFactory = _ => 100 };

    // Any chain id: the rounds are not anchored (UnanchoredSubmitter), as in the peer run's issue rows.
    private const ulong ChainId = 31337;

    public static Command Create()
    {
        var command = new Command("issue-rounds", "Issue rounds of one size in one process, for profiling (no chain)") { Documents, IssuerKey, Hold, Size, Rounds };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetRequiredValue(Documents), EthereumKey.FromHex(result.GetRequiredValue(IssuerKey)), result.GetValue(Hold), result.GetValue(Size), result.GetValue(Rounds), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo documentsFile, EthereumKey issuerKey, int hold, int size, int rounds, CancellationToken cancellationToken)
    {
        if (size < 1 || rounds < 1 || hold < size)
        {
            await Console.Error.WriteLineAsync($"issue-rounds: --size ({size}) and --rounds ({rounds}) must be at least 1 and --hold ({hold}) at least --size; pick other values");
            return 2;
        }

        var documents = await SharedDocuments.ReadAsync(documentsFile, hold, cancellationToken);
        await IssueMeasurement.MeasureAsync(documents, issuerKey, ChainId, [size], rounds, line => Console.Error.WriteLine($"[ours] {line}"), cancellationToken);
        return 0;
    }
}
