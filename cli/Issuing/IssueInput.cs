using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Issuing;

/// <summary>One document's JSON text and where it came from (a file, or a line of an NDJSON file).</summary>
public sealed record IssueInput(string Source, string Json);

/// <summary>
/// Expands the issue command's arguments: a folder gives its *.json files (sorted, bundles excluded), an
/// .ndjson/.jsonl file gives one document per non-empty line, any other file is one document.
/// </summary>
public static class IssueInputs
{
    /// <summary>Reads every input, in a stable order.</summary>
    public static async Task<IReadOnlyList<IssueInput>> ReadAsync(IEnumerable<string> arguments, CliContext context, CancellationToken cancellationToken)
    {
        var inputs = new List<IssueInput>();
        foreach (var argument in arguments)
        {
            var path = context.ResolvePath(argument);
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*.json")
                    .Where(f => !f.EndsWith(".provenance.json", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    throw new CliException($"folder {path} holds no *.json documents; give document files, a folder of them or an .ndjson file");
                }

                foreach (var file in files)
                {
                    inputs.Add(new IssueInput(file, await File.ReadAllTextAsync(file, cancellationToken)));
                }
            }
            else if (!File.Exists(path))
            {
                throw new CliException($"{path} does not exist; give document files, a folder of them or an .ndjson file");
            }
            else if (path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                var lines = await File.ReadAllLinesAsync(path, cancellationToken);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (!string.IsNullOrWhiteSpace(lines[i]))
                    {
                        inputs.Add(new IssueInput($"{path}:{i + 1}", lines[i]));
                    }
                }
            }
            else
            {
                inputs.Add(new IssueInput(path, await File.ReadAllTextAsync(path, cancellationToken)));
            }
        }

        return inputs.Count > 0 ? inputs : throw new CliException("nothing to issue: the inputs hold no documents");
    }

    /// <summary>
    /// The digest that keys the resume journal: the same documents in the same order give the same digest,
    /// wherever their files live.
    /// </summary>
    public static Hash32 Digest(IReadOnlyList<IssueInput> inputs)
    {
        using var stream = new MemoryStream();
        foreach (var input in inputs)
        {
            stream.Write(Keccak256.Hash(System.Text.Encoding.UTF8.GetBytes(input.Json)).Bytes);
        }

        return Keccak256.Hash(stream.ToArray());
    }
}
