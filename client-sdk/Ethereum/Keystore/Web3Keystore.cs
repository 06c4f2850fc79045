using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Sdk.Ethereum.Keystore;

/// <summary>
/// Web3 Secret Storage v3 keystores (the JSON key files of geth and ethers): scrypt or PBKDF2-HMAC-SHA256,
/// AES-128-CTR, and a Keccak-256 MAC that tells a wrong password from a good one.
/// </summary>
public static class Web3Keystore
{
    private const int DerivedKeyLength = 32;

    /// <summary>Encrypts <paramref name="key"/> under <paramref name="password"/>; returns the keystore JSON.</summary>
    public static string Encrypt(EthereumKey key, string password, KeystoreOptions? options = null)
    {
        Span<byte> salt = stackalloc byte[32];
        Span<byte> iv = stackalloc byte[16];
        RandomNumberGenerator.Fill(salt);
        RandomNumberGenerator.Fill(iv);
        return Encrypt(key, password, options ?? new KeystoreOptions(), salt, iv, Guid.NewGuid());
    }

    /// <summary>Encrypts with the given salt, IV and id (for reproducible tests).</summary>
    internal static string Encrypt(EthereumKey key, string password, KeystoreOptions options, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> iv, Guid id)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(password);
        var kdfParams = new JsonObject { ["dklen"] = DerivedKeyLength };
        byte[] derived;
        if (options.Kdf == KeystoreKdf.Scrypt)
        {
            derived = KeystoreCrypto.DeriveScrypt(password, salt, options.ScryptN, options.ScryptR, options.ScryptP, DerivedKeyLength);
            kdfParams["n"] = options.ScryptN;
            kdfParams["r"] = options.ScryptR;
            kdfParams["p"] = options.ScryptP;
        }
        else
        {
            derived = KeystoreCrypto.DerivePbkdf2(password, salt, options.Pbkdf2Iterations, DerivedKeyLength);
            kdfParams["c"] = options.Pbkdf2Iterations;
            kdfParams["prf"] = "hmac-sha256";
        }

        kdfParams["salt"] = Convert.ToHexStringLower(salt);
        var ciphertext = KeystoreCrypto.AesCtr(derived.AsSpan(0, 16), iv, key.PrivateKey);
        var json = new JsonObject
        {
            ["address"] = Convert.ToHexStringLower(key.Address.Bytes),
            ["crypto"] = new JsonObject
            {
                ["cipher"] = "aes-128-ctr",
                ["cipherparams"] = new JsonObject { ["iv"] = Convert.ToHexStringLower(iv) },
                ["ciphertext"] = Convert.ToHexStringLower(ciphertext),
                ["kdf"] = options.Kdf == KeystoreKdf.Scrypt ? "scrypt" : "pbkdf2",
                ["kdfparams"] = kdfParams,
                ["mac"] = Convert.ToHexStringLower(KeystoreCrypto.Mac(derived, ciphertext).Bytes),
            },
            ["id"] = id.ToString(),
            ["version"] = 3,
        };
        CryptographicOperations.ZeroMemory(derived);
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>
    /// Opens a keystore. <paramref name="source"/> names it in errors (a file name); without one the address is used.
    /// </summary>
    public static EthereumKey Decrypt(string json, string password, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(password);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new KeystoreException($"keystore {source ?? "(text)"} is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new KeystoreException($"keystore {source ?? "(text)"} is not valid JSON: {e.Message}", e);
        }

        var name = source ?? ((string?)root["address"] is { } address ? "0x" + address : "(no address)");
        try
        {
            return Open(root, password, name);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
        {
            throw new KeystoreException($"keystore {name} is malformed: {e.Message}", e);
        }
    }

    /// <summary>Reads and opens a keystore file.</summary>
    public static async Task<EthereumKey> ReadFileAsync(string path, string password, CancellationToken cancellationToken = default)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KeystoreException($"cannot read keystore {path}: {e.Message}", e);
        }

        return Decrypt(json, password, path);
    }

    /// <summary>Encrypts <paramref name="key"/> and writes it to <paramref name="path"/> (not overwriting an existing file).</summary>
    public static async Task WriteFileAsync(string path, EthereumKey key, string password, KeystoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Checked before the (deliberately slow) key derivation; CreateNew still guards against a race.
        if (File.Exists(path))
        {
            throw new KeystoreException($"keystore file {path} already exists; choose another path");
        }

        var json = Encrypt(key, password, options);
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(json.AsMemory(), cancellationToken);
    }

    private static EthereumKey Open(JsonObject root, string password, string name)
    {
        if (root["version"]?.GetValue<int>() is not 3)
        {
            throw new KeystoreException($"keystore {name} is version {root["version"]?.ToJsonString() ?? "(missing)"}; only version 3 is supported");
        }

        // geth writes "crypto", ethers writes "Crypto".
        var crypto = (root["crypto"] ?? root["Crypto"]) as JsonObject ?? throw new KeystoreException($"keystore {name} has no crypto section");
        var cipher = (string?)crypto["cipher"];
        if (cipher != "aes-128-ctr")
        {
            throw new KeystoreException($"keystore {name} uses cipher '{cipher}'; only aes-128-ctr is supported");
        }

        var iv = ReadHex(crypto["cipherparams"]?["iv"], "cipherparams.iv", name);
        var ciphertext = ReadHex(crypto["ciphertext"], "ciphertext", name);
        var mac = ReadHex(crypto["mac"], "mac", name);
        if (iv.Length != 16)
        {
            throw new KeystoreException($"keystore {name} has a {iv.Length}-byte IV; AES-128-CTR needs 16");
        }

        var kdfParams = crypto["kdfparams"] as JsonObject ?? throw new KeystoreException($"keystore {name} has no kdfparams");
        var salt = ReadHex(kdfParams["salt"], "kdfparams.salt", name);
        var dklen = kdfParams["dklen"]?.GetValue<int>() ?? 0;
        if (dklen < DerivedKeyLength)
        {
            throw new KeystoreException($"keystore {name} has dklen {dklen}; at least 32 is needed for the cipher key and the MAC");
        }

        var kdf = (string?)crypto["kdf"];
        var derived = kdf switch
        {
            "scrypt" => KeystoreCrypto.DeriveScrypt(password, salt, ReadInt(kdfParams, "n", name), ReadInt(kdfParams, "r", name), ReadInt(kdfParams, "p", name), dklen),
            "pbkdf2" when (string?)kdfParams["prf"] == "hmac-sha256" => KeystoreCrypto.DerivePbkdf2(password, salt, ReadInt(kdfParams, "c", name), dklen),
            "pbkdf2" => throw new KeystoreException($"keystore {name} uses PBKDF2 with prf '{(string?)kdfParams["prf"]}'; only hmac-sha256 is supported"),
            _ => throw new KeystoreException($"keystore {name} uses kdf '{kdf}'; only scrypt and pbkdf2 are supported"),
        };

        try
        {
            if (!CryptographicOperations.FixedTimeEquals(KeystoreCrypto.Mac(derived, ciphertext).Bytes, mac))
            {
                throw new KeystoreException($"wrong password for keystore {name}: the MAC does not match; check the password");
            }

            var privateKey = KeystoreCrypto.AesCtr(derived.AsSpan(0, 16), iv, ciphertext);
            var key = EthereumKey.FromPrivateKey(privateKey);
            CryptographicOperations.ZeroMemory(privateKey);
            if ((string?)root["address"] is { } stated && !string.Equals(stated.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? stated[2..] : stated, Convert.ToHexStringLower(key.Address.Bytes), StringComparison.OrdinalIgnoreCase))
            {
                throw new KeystoreException($"keystore {name} states address 0x{stated} but holds the key of {key.Address}");
            }

            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derived);
        }
    }

    private static byte[] ReadHex(JsonNode? node, string field, string name)
    {
        var text = (string?)node ?? throw new KeystoreException($"keystore {name} has no {field}");
        return Hex.TryDecode(text, out var bytes) ? bytes : throw new KeystoreException($"keystore {name} has a {field} that is not hex");
    }

    private static int ReadInt(JsonObject kdfParams, string field, string name) =>
        kdfParams[field] is JsonValue value && value.TryGetValue<int>(out var number) && number > 0
            ? number
            : throw new KeystoreException($"keystore {name} has no positive integer kdfparams.{field}");
}
