using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Keystore;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Cli.Keys;

/// <summary>A named keystore in the key ring.</summary>
public sealed record KeyEntry(string Name, Address Address, string Path);

/// <summary>
/// The directory of named Web3 Secret Storage keystores ($PROVENANCE_KEYS, else ~/.provenance/keys), one
/// <c>name.json</c> each, readable by geth and ethers as they are.
/// </summary>
public sealed class KeyRing(string directory)
{
    /// <summary>The directory.</summary>
    public string Directory { get; } = directory;

    /// <summary>The key ring of <paramref name="context"/>.</summary>
    public static KeyRing For(CliContext context) =>
        new(context.Variable(EnvironmentVariables.Keys) is { } keys ? context.ResolvePath(keys) : System.IO.Path.Combine(context.HomeDirectory, "keys"));

    /// <summary>The path of the keystore called <paramref name="name"/>.</summary>
    public string PathOf(string name)
    {
        if (name.Length == 0 || name.Length > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') || name.StartsWith('.'))
        {
            throw new CliException($"key name '{name}' is not usable; use letters, digits, '-', '_' or '.' (at most 64)");
        }

        return System.IO.Path.Combine(Directory, name + ".json");
    }

    /// <summary>Every keystore in the ring, by name; the address is read from the file without decrypting it.</summary>
    public IReadOnlyList<KeyEntry> List()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        return System.IO.Directory.EnumerateFiles(Directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new KeyEntry(System.IO.Path.GetFileNameWithoutExtension(path), StatedAddress(path), path))
            .ToList();
    }

    /// <summary>
    /// Resolves a --key value: an existing keystore file path, else a name in the ring.
    /// </summary>
    public string Locate(string keyOrPath, string workingDirectory)
    {
        var asPath = System.IO.Path.GetFullPath(keyOrPath, workingDirectory);
        if (File.Exists(asPath))
        {
            return asPath;
        }

        var named = PathOf(keyOrPath);
        return File.Exists(named)
            ? named
            : throw new CliException($"no key '{keyOrPath}': neither a keystore file nor a name in {Directory}; see 'provenance keys list'");
    }

    /// <summary>Opens the keystore at <paramref name="path"/>.</summary>
    public static async Task<EthereumKey> OpenAsync(string path, string password, CancellationToken cancellationToken) =>
        await Web3Keystore.ReadFileAsync(path, password, cancellationToken);

    /// <summary>Writes <paramref name="key"/> as a new keystore called <paramref name="name"/>.</summary>
    public async Task<KeyEntry> AddAsync(string name, EthereumKey key, string password, KeystoreOptions options, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (File.Exists(path))
        {
            throw new CliException($"a key called '{name}' already exists ({path}); choose another name");
        }

        var json = Web3Keystore.Encrypt(key, password, options);
        await AtomicFile.WriteTextAsync(path, json, overwrite: false, cancellationToken);
        return new KeyEntry(name, key.Address, path);
    }

    private static Address StatedAddress(string path)
    {
        try
        {
            var text = (string?)(JsonNode.Parse(File.ReadAllText(path)) as JsonObject)?["address"];
            return Address.TryParse(text is null ? null : "0x" + text.Replace("0x", string.Empty, StringComparison.OrdinalIgnoreCase), out var address)
                ? address
                : throw new CliException($"keystore {path} states no address; remove it from the key ring or fix it");
        }
        catch (JsonException e)
        {
            throw new CliException($"keystore {path} is not valid JSON; remove it from the key ring", innerException: e);
        }
    }
}
