using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Keystore;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

public class KeystoreTests
{
    private const string SpecPrivateKey = "0x7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";

    // The Web3 Secret Storage definition's two test vectors (password "testpassword").
    private const string SpecPbkdf2 = """
        {"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"6087dab2f9fdbbfaddc31a909735c1e6"},
         "ciphertext":"5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46","kdf":"pbkdf2",
         "kdfparams":{"c":262144,"dklen":32,"prf":"hmac-sha256","salt":"ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"},
         "mac":"517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"},
         "id":"3198bc9c-6672-5ab3-d995-4942343ae5b6","version":3}
        """;

    private const string SpecScrypt = """
        {"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"83dbcc02d8ccb40e466191a123791e0e"},
         "ciphertext":"d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c","kdf":"scrypt",
         "kdfparams":{"dklen":32,"n":262144,"p":8,"r":1,"salt":"ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19"},
         "mac":"2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097"},
         "id":"3198bc9c-6672-5ab3-d995-4942343ae5b6","version":3}
        """;

    [Theory]
    [InlineData(SpecPbkdf2)]
    [InlineData(SpecScrypt)]
    public void Spec_vectors_open_with_testpassword(string json)
    {
        Assert.Equal(SpecPrivateKey, Web3Keystore.Decrypt(json, "testpassword").ToHex());
    }

    [Fact]
    public void Spec_pbkdf2_vector_is_reproduced_byte_for_byte_by_the_writer()
    {
        var key = EthereumKey.FromHex(SpecPrivateKey);
        var options = new KeystoreOptions { Kdf = KeystoreKdf.Pbkdf2, Pbkdf2Iterations = 262144 };

        var json = JsonNode.Parse(Web3Keystore.Encrypt(key, "testpassword", options, Hex.Decode("ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"), Hex.Decode("6087dab2f9fdbbfaddc31a909735c1e6"), Guid.Parse("3198bc9c-6672-5ab3-d995-4942343ae5b6")))!;

        Assert.Equal("5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46", (string)json["crypto"]!["ciphertext"]!);
        Assert.Equal("517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2", (string)json["crypto"]!["mac"]!);
        Assert.Equal("008aeeda4d805471df9b2a5b0f38a0c3bcba786b", (string)json["address"]!);
    }

    [Fact]
    public void Wrong_password_names_the_keystore_and_says_what_to_do()
    {
        var error = Assert.Throws<KeystoreException>(() => Web3Keystore.Decrypt(SpecPbkdf2, "not the password", "alice.json"));

        Assert.Equal("wrong password for keystore alice.json: the MAC does not match; check the password", error.Message);
    }

    [Fact]
    public async Task Files_round_trip_and_a_wrong_password_names_the_file()
    {
        var key = EthereumKey.FromPrivateKey(Seeded.PrivateKey(new Random(Seeded.Seed)));
        var path = Path.Combine(Path.GetTempPath(), $"keystore-{Guid.NewGuid()}.json");
        try
        {
            await Web3Keystore.WriteFileAsync(path, key, "hunter2", new KeystoreOptions { ScryptN = 1024 });

            Assert.Equal(key.Address, (await Web3Keystore.ReadFileAsync(path, "hunter2")).Address);
            var error = await Assert.ThrowsAsync<KeystoreException>(() => Web3Keystore.ReadFileAsync(path, "hunter3"));
            Assert.StartsWith($"wrong password for keystore {path}", error.Message);
            var exists = await Assert.ThrowsAsync<KeystoreException>(() => Web3Keystore.WriteFileAsync(path, key, "again"));
            Assert.Equal($"keystore file {path} already exists; choose another path", exists.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{"version":4}""", "is version 4; only version 3 is supported")]
    [InlineData("""{"version":3,"crypto":{"cipher":"aes-128-cbc"}}""", "uses cipher 'aes-128-cbc'; only aes-128-ctr is supported")]
    [InlineData("""{"version":3,"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"00"},"ciphertext":"00","mac":"00"}}""", "has a 1-byte IV; AES-128-CTR needs 16")]
    [InlineData("not json", "is not valid JSON")]
    public void Malformed_keystores_are_rejected_with_a_reason(string json, string reason)
    {
        Assert.Contains(reason, Assert.Throws<KeystoreException>(() => Web3Keystore.Decrypt(json, "x", "k.json")).Message);
    }

    [Fact]
    public async Task Keystores_written_here_open_in_ethers()
    {
        var random = new Random(Seeded.Seed);
        var keys = Enumerable.Range(0, 60).Select(_ => EthereumKey.FromPrivateKey(Seeded.PrivateKey(random))).ToList();
        var passwords = keys.Select((_, i) => $"pässwörd {i} " + Hex.Encode(Seeded.Bytes(random, 4))).ToList();
        var cases = new JsonArray(keys.Select((key, i) => (JsonNode)new JsonObject
        {
            ["json"] = Web3Keystore.Encrypt(key, passwords[i], i % 2 == 0
                ? new KeystoreOptions { ScryptN = 1024 }
                : new KeystoreOptions { Kdf = KeystoreKdf.Pbkdf2, Pbkdf2Iterations = 1024 }),
            ["password"] = passwords[i],
        }).ToArray());
        var wrong = new JsonArray(new JsonObject { ["json"] = (string)cases[0]!["json"]!, ["password"] = "wrong" });

        var opened = await EthersOracle.RunAsync("keystore", cases);
        var rejected = await EthersOracle.RunAsync("keystore", wrong);

        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal(keys[i].ToHex(), (string)opened[i]!["privateKey"]!);
            Assert.Equal(keys[i].Address.ToString(), (string)opened[i]!["address"]!);
        }

        Assert.Contains("incorrect password", (string)rejected[0]!["error"]!);
    }

    [Fact]
    public async Task Keystores_written_by_ethers_open_here()
    {
        var random = new Random(Seeded.Seed + 1);
        var keys = Enumerable.Range(0, 60).Select(_ => EthereumKey.FromPrivateKey(Seeded.PrivateKey(random))).ToList();
        var cases = new JsonArray(keys.Select((key, i) => (JsonNode)new JsonObject { ["privateKey"] = key.ToHex(), ["password"] = $"secret-{i}", ["n"] = 1024 }).ToArray());

        var written = await EthersOracle.RunAsync("keystore", cases);

        for (var i = 0; i < keys.Count; i++)
        {
            var json = (string)written[i]!["json"]!;
            Assert.Equal(keys[i].ToHex(), Web3Keystore.Decrypt(json, $"secret-{i}").ToHex());
            Assert.StartsWith("wrong password for keystore 0x", Assert.Throws<KeystoreException>(() => Web3Keystore.Decrypt(json, "wrong")).Message);
        }
    }
}
