using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Ethereum.TypedData;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

public class TypedDataTests
{
    // The example of EIP-712 (its Example.js / Example.sol), in the eth_signTypedData_v4 shape.
    private const string MailJson = """
        {
          "types": {
            "EIP712Domain": [
              { "name": "name", "type": "string" },
              { "name": "version", "type": "string" },
              { "name": "chainId", "type": "uint256" },
              { "name": "verifyingContract", "type": "address" }
            ],
            "Person": [
              { "name": "name", "type": "string" },
              { "name": "wallet", "type": "address" }
            ],
            "Mail": [
              { "name": "from", "type": "Person" },
              { "name": "to", "type": "Person" },
              { "name": "contents", "type": "string" }
            ]
          },
          "primaryType": "Mail",
          "domain": {
            "name": "Ether Mail",
            "version": "1",
            "chainId": 1,
            "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"
          },
          "message": {
            "from": { "name": "Cow", "wallet": "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826" },
            "to": { "name": "Bob", "wallet": "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB" },
            "contents": "Hello, Bob!"
          }
        }
        """;

    [Fact]
    public void Mail_example_matches_eip712()
    {
        var typedData = TypedData.Parse(MailJson);
        var cow = EthereumKey.FromPrivateKey(Keccak256.Hash(Encoding.UTF8.GetBytes("cow")).Bytes);

        Assert.Equal("Mail(Person from,Person to,string contents)Person(string name,address wallet)", typedData.EncodeType("Mail"));
        Assert.Equal("0xa0cedeb2dc280ba39b857546d74f5549c3a1d7bdc2dd96bf881f76108e23dac2", typedData.TypeHash("Mail").ToString());
        Assert.Equal("0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f", typedData.DomainSeparator().ToString());
        Assert.Equal("0xc52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e", typedData.HashStruct("Mail", typedData.Message).ToString());
        Assert.Equal("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2", typedData.Digest().ToString());

        var signature = typedData.Sign(cow);

        Assert.Equal("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826", cow.Address.ToString());
        Assert.Equal(28, signature.V);
        Assert.Equal("0x4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d", Hex.Encode(signature.R));
        Assert.Equal("0x07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b91562", Hex.Encode(signature.S));
        Assert.Equal(cow.Address, typedData.Recover(signature));
    }

    [Fact]
    public void Domain_with_salt_and_without_name_uses_only_the_present_fields()
    {
        var domain = new TypedDataDomain { ChainId = 31337, Salt = Hash32.Parse("0x" + new string('a', 64)) };
        var typedData = new TypedData(new Dictionary<string, IReadOnlyList<TypedDataField>> { ["Ping"] = [new("n", "uint8")] }, "Ping", domain, new JsonObject { ["n"] = 1 });

        Assert.Equal("EIP712Domain(uint256 chainId,bytes32 salt)", typedData.EncodeType(TypedDataDomain.TypeName));
    }

    [Theory]
    [InlineData("""{"n": 256}""", "uint8", "message.n = 256 is out of range for uint8")]
    [InlineData("""{"n": "abc"}""", "uint8", "message.n is 'abc', not an integer")]
    [InlineData("""{}""", "uint8", "message.n is missing (type uint8)")]
    [InlineData("""{"n": "0x1234"}""", "bytes3", "message.n is 2 bytes; bytes3 needs exactly 3")]
    [InlineData("""{"n": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"}""", "address", "not an address")]
    [InlineData("""{"n": [1, 2]}""", "uint8[3]", "message.n has 2 elements; uint8[3] needs exactly 3")]
    public void Values_that_do_not_fit_their_type_are_rejected_with_the_path(string message, string type, string reason)
    {
        var typedData = new TypedData(new Dictionary<string, IReadOnlyList<TypedDataField>> { ["M"] = [new("n", type)] }, "M", new TypedDataDomain { Name = "x" }, (JsonObject)JsonNode.Parse(message)!);

        Assert.Contains(reason, Assert.Throws<TypedDataException>(() => typedData.Digest()).Message);
    }

    [Fact]
    public void Unknown_field_types_are_rejected()
    {
        var error = Assert.Throws<TypedDataException>(() => new TypedData(new Dictionary<string, IReadOnlyList<TypedDataField>> { ["M"] = [new("n", "uint7")] }, "M", new TypedDataDomain(), []));

        Assert.Equal("M.n has type 'uint7', which is neither a known struct nor an EIP-712 atomic type", error.Message);
    }

    [Fact]
    public async Task Hashes_and_signatures_agree_with_ethers_on_random_typed_data()
    {
        var random = new Random(Seeded.Seed);
        var cases = new JsonArray();
        var ours = new List<(TypedData Data, EthereumKey Key)>();
        for (var i = 0; i < 150; i++)
        {
            var json = RandomTypedData(random);
            var key = EthereumKey.FromPrivateKey(Seeded.PrivateKey(random));
            json["privateKey"] = key.ToHex();
            ours.Add((TypedData.Parse(json.ToJsonString()), key));
            cases.Add(json);
        }

        var results = await EthersOracle.RunAsync("eip712", cases);

        for (var i = 0; i < ours.Count; i++)
        {
            var (data, key) = ours[i];
            Assert.Equal((string)results[i]!["encodeType"]!, data.EncodeType(data.PrimaryType));
            Assert.Equal((string)results[i]!["structHash"]!, data.HashStruct(data.PrimaryType, data.Message).ToString());
            Assert.Equal((string)results[i]!["domainSeparator"]!, data.DomainSeparator().ToString());
            Assert.Equal((string)results[i]!["digest"]!, data.Digest().ToString());
            Assert.Equal((string)results[i]!["signature"]!, data.Sign(key).ToString());
        }
    }

    private static JsonObject RandomTypedData(Random random)
    {
        // Struct T0 is primary; every Tk (k ≥ 1) is referenced by some earlier struct, so T0 is the only root.
        var structCount = random.Next(1, 5);
        var names = Enumerable.Range(0, structCount).Select(k => $"T{(char)('A' + random.Next(26))}{k}").ToList();
        var fields = names.Select(_ => new List<(string Name, string Type)>()).ToList();
        for (var k = 1; k < structCount; k++)
        {
            fields[random.Next(k)].Add(($"s{k}", names[k] + (random.Next(3) == 0 ? "[]" : "")));
        }

        for (var k = 0; k < structCount; k++)
        {
            var count = random.Next(k == 0 ? 1 : 0, 6);
            for (var f = 0; f < count; f++)
            {
                fields[k].Add(($"f{f}", RandomAtomicType(random) + RandomArraySuffix(random)));
            }

            // Field order is part of the type: shuffle so struct references are not always first.
            fields[k] = [.. fields[k].OrderBy(_ => random.Next())];
        }

        var types = new JsonObject();
        for (var k = 0; k < structCount; k++)
        {
            types[names[k]] = new JsonArray(fields[k].Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["type"] = f.Type }).ToArray());
        }

        var domain = new JsonObject();
        if (random.Next(4) != 0)
        {
            domain["name"] = "Provenance " + random.Next(1000);
        }

        if (random.Next(4) != 0)
        {
            domain["version"] = random.Next(1, 5).ToString(CultureInfo.InvariantCulture);
        }

        if (random.Next(4) != 0)
        {
            domain["chainId"] = random.Next(1, 100_000);
        }

        if (random.Next(4) != 0)
        {
            domain["verifyingContract"] = new Address(Seeded.Bytes(random, 20)).ToString();
        }

        if (random.Next(3) == 0)
        {
            domain["salt"] = Hex.Encode(Seeded.Bytes(random, 32));
        }

        return new JsonObject
        {
            ["types"] = types,
            ["primaryType"] = names[0],
            ["domain"] = domain,
            ["message"] = RandomStruct(random, 0, names, fields),
        };
    }

    private static JsonObject RandomStruct(Random random, int index, List<string> names, List<List<(string Name, string Type)>> fields)
    {
        var value = new JsonObject();
        foreach (var (name, type) in fields[index])
        {
            value[name] = RandomValue(random, type, names, fields);
        }

        return value;
    }

    private static JsonNode RandomValue(Random random, string type, List<string> names, List<List<(string Name, string Type)>> fields)
    {
        if (type.EndsWith(']'))
        {
            var open = type.LastIndexOf('[');
            var count = open + 2 == type.Length ? random.Next(0, 4) : int.Parse(type[(open + 1)..^1], CultureInfo.InvariantCulture);
            return new JsonArray(Enumerable.Range(0, count).Select(_ => RandomValue(random, type[..open], names, fields)).ToArray());
        }

        var structIndex = names.IndexOf(type);
        if (structIndex >= 0)
        {
            return RandomStruct(random, structIndex, names, fields);
        }

        if (type.StartsWith("uint", StringComparison.Ordinal))
        {
            var bits = int.Parse(type[4..], CultureInfo.InvariantCulture);
            return (new BigInteger(Seeded.Bytes(random, bits / 8), isUnsigned: true) >> random.Next(bits)).ToString(CultureInfo.InvariantCulture);
        }

        if (type.StartsWith("int", StringComparison.Ordinal))
        {
            var bits = int.Parse(type[3..], CultureInfo.InvariantCulture);
            return (new BigInteger(Seeded.Bytes(random, bits / 8)) >> random.Next(bits)).ToString(CultureInfo.InvariantCulture);
        }

        return type switch
        {
            "address" => new Address(Seeded.Bytes(random, 20)).ToString(),
            "bool" => random.Next(2) == 0,
            "string" => new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(5) == 0 ? (char)random.Next(0x400, 0x4ff) : (char)random.Next(0x20, 0x7f)).ToArray()),
            "bytes" => Hex.Encode(Seeded.Bytes(random, random.Next(0, 80))),
            _ => Hex.Encode(Seeded.Bytes(random, int.Parse(type[5..], CultureInfo.InvariantCulture))),
        };
    }

    private static string RandomAtomicType(Random random) => random.Next(8) switch
    {
        0 => $"uint{8 * random.Next(1, 33)}",
        1 => $"int{8 * random.Next(1, 33)}",
        2 => "address",
        3 => "bool",
        4 => "string",
        5 => "bytes",
        _ => $"bytes{random.Next(1, 33)}",
    };

    private static string RandomArraySuffix(Random random) => random.Next(6) switch
    {
        0 => "[]",
        1 => $"[{random.Next(1, 4)}]",
        2 => "[][2]",
        _ => "",
    };
}
