using System.Diagnostics;
using System.Security.Cryptography;

namespace ProvenanceLedger.Testing;

/// <summary>
/// The Hardhat chain image built by scripts/chain-image.sh. Its tag hashes package-lock.json,
/// hardhat.config.js and the script itself exactly as the script does, so a changed npm side or recipe
/// gets a freshly built image.
/// </summary>
public static class ChainImage
{
    /// <summary>Image repository; the tag is the first 16 hex digits of the hash.</summary>
    public const string Repository = "provenance-ledger/chain";

    /// <summary>The script that builds the image (and the base image it stands on).</summary>
    public const string BuildScript = "scripts/chain-image.sh";

    // Same files, same order as scripts/chain-image.sh.
    private static readonly string[] TagInputs = ["package-lock.json", "hardhat.config.js", BuildScript];

    /// <summary>The full image name for the current checkout, e.g. provenance-ledger/chain:0123456789abcdef.</summary>
    public static string Name()
    {
        var content = TagInputs.SelectMany(path => File.ReadAllBytes(RepositoryRoot.Combine(path))).ToArray();
        return $"{Repository}:{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}";
    }

    /// <summary>Runs the build script (which returns at once when the image exists); throws naming the script when it fails.</summary>
    public static async Task BuildAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash", [RepositoryRoot.Combine(BuildScript)])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start bash for {BuildScript}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"the chain image is missing and {BuildScript} failed with exit code {process.ExitCode}; run it by hand to see why. Its output: {(await stderr).Trim()}");
        }
    }
}
