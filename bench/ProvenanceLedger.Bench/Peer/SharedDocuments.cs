using ProvenanceLedger.Sdk.Documents;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>Reads the JSON Lines file that `generate` wrote and the peer reads too.</summary>
internal static class SharedDocuments
{
    public static async Task<IReadOnlyList<TradeDocument>> ReadAsync(FileInfo file, int count, CancellationToken cancellationToken)
    {
        var documents = new List<TradeDocument>(count);
        await foreach (var line in File.ReadLinesAsync(file.FullName, cancellationToken))
        {
            if (documents.Count == count)
            {
                break;
            }

            if (line.Length > 0)
            {
                documents.Add(TradeDocument.Parse(line));
            }
        }

        return documents.Count == count
            ? documents
            : throw new InvalidDataException($"{file.FullName} holds {documents.Count} documents but {count} are needed; run `generate --count {count}` again");
    }
}
