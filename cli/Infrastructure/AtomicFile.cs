namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>
/// Writes a file through a temporary sibling and a rename, so Ctrl+C or a crash leaves either the old
/// file or the complete new one, never half of one.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>, replacing it when <paramref name="overwrite"/>.</summary>
    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> content, bool overwrite, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        Directory.CreateDirectory(directory);
        if (!overwrite && File.Exists(path))
        {
            throw new CliException($"{path} already exists; remove it or choose another path");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await stream.WriteAsync(content, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            // Cancellation is honoured up to here; the rename itself is all-or-nothing.
            File.Move(temporary, path, overwrite);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes UTF-8 <paramref name="text"/>.</summary>
    public static Task WriteTextAsync(string path, string text, bool overwrite, CancellationToken cancellationToken) =>
        WriteAsync(path, System.Text.Encoding.UTF8.GetBytes(text), overwrite, cancellationToken);
}
