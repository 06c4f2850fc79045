using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Abi;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

/// <summary>The SDK's ABI codec and ethers.js agree byte for byte on seeded random types and values.</summary>
public class AbiEthersCrossCheckTests
{
    private const int Cases = 400;

    [Fact]
    public async Task Encode_and_decode_agree_with_ethers_on_random_values()
    {
        var random = new AbiRandomValues(new Random(1337));
        var samples = Enumerable.Range(0, Cases).Select(i =>
        {
            var types = Enumerable.Range(0, 1 + (i % 3)).Select(_ => random.NextType()).ToArray();
            return (Types: types, Values: types.Select(random.NextValue).ToArray());
        }).ToList();
        var cases = new JsonArray([.. samples.Select(s => (JsonNode)new JsonObject
        {
            ["types"] = new JsonArray([.. s.Types.Select(t => JsonValue.Create(t.CanonicalName))]),
            ["values"] = AbiRandomValues.ToJson(s.Values),
        })]);

        var encoded = await EthersOracle.RunAsync("abi-encode", cases);
        var decoded = await EthersOracle.RunAsync("abi-decode", new JsonArray([.. samples.Select(s => (JsonNode)new JsonObject
        {
            ["types"] = new JsonArray([.. s.Types.Select(t => JsonValue.Create(t.CanonicalName))]),
            ["data"] = Hex.Encode(AbiCodec.Encode(s.Types, s.Values)),
        })]));

        for (var i = 0; i < samples.Count; i++)
        {
            var (types, values) = samples[i];
            var context = $"case {i}: ({string.Join(",", types.Select(t => t.CanonicalName))})";
            var ethersData = Field(encoded[i], "data", context);
            Assert.True(ethersData == Hex.Encode(AbiCodec.Encode(types, values)), $"{context}: encodings differ");
            var ourDecode = AbiCodec.Decode(types, Hex.Decode(ethersData));
            Assert.True(JsonNode.DeepEquals(cases[i]!["values"], AbiRandomValues.ToJson(ourDecode)), $"{context}: our decode of ethers' data differs");
            Assert.True(JsonNode.DeepEquals(cases[i]!["values"], decoded[i]!["values"]), $"{context}: ethers' decode of our data differs");
        }
    }

    [Fact]
    public async Task Signatures_selectors_and_topics_agree_with_ethers()
    {
        var random = new AbiRandomValues(new Random(1337));
        var names = new[] { "transfer", "anchorBatch", "f", "Revoked", "_x1", "$dollar" };
        var samples = Enumerable.Range(0, Cases).Select(i => new AbiFunction(
            names[i % names.Length],
            [.. Enumerable.Range(0, i % 4).Select(_ => new AbiParameter("", random.NextType()))],
            [])).ToList();
        var cases = new JsonArray([.. samples.Select(f => (JsonNode)new JsonObject
        {
            ["name"] = f.Name,
            ["types"] = new JsonArray([.. f.Inputs.Select(p => JsonValue.Create(p.Type.CanonicalName))]),
        })]);

        var results = await EthersOracle.RunAsync("abi-selector", cases);

        for (var i = 0; i < samples.Count; i++)
        {
            var function = samples[i];
            var anEvent = new AbiEvent(function.Name, function.Inputs);
            Assert.Equal(Field(results[i], "signature", function.Signature), function.Signature);
            Assert.Equal((string)results[i]!["selector"]!, function.Selector.ToString());
            Assert.Equal((string)results[i]!["topic"]!, anEvent.Topic.ToString());
        }
    }

    [Fact]
    public async Task Revert_data_encoded_by_ethers_decodes_to_the_same_error_and_arguments()
    {
        var random = new AbiRandomValues(new Random(1337));
        var samples = Enumerable.Range(0, Cases).Select(i =>
        {
            var error = (i % 5) switch
            {
                0 => RevertDecoder.ErrorString,
                1 => RevertDecoder.Panic,
                _ => new AbiError($"Custom{i}", [.. Enumerable.Range(0, i % 4).Select(j => new AbiParameter($"p{j}", random.NextType()))]),
            };
            return (Error: error, Values: error.Inputs.Select(p => random.NextValue(p.Type)).ToArray());
        }).ToList();
        var cases = new JsonArray([.. samples.Select(s => (JsonNode)new JsonObject
        {
            ["abi"] = new JsonArray(AbiFragmentJson(s.Error)),
            ["name"] = s.Error.Name,
            ["values"] = AbiRandomValues.ToJson(s.Values),
        })]);

        var results = await EthersOracle.RunAsync("abi-error", cases);

        for (var i = 0; i < samples.Count; i++)
        {
            var (error, values) = samples[i];
            var abi = ContractAbi.Parse(new JsonArray(AbiFragmentJson(error)).ToJsonString());
            var data = Field(results[i], "data", error.Signature);
            Assert.Equal(data, Hex.Encode(error.Encode(values)));
            var reason = RevertDecoder.Decode(Hex.Decode(data), abi);
            Assert.Equal((string)results[i]!["signature"]!, error.Signature);
            var decodedArguments = reason.Kind switch
            {
                RevertKind.Error => [reason.ReasonString!],
                RevertKind.Panic => [reason.PanicCode!.Value],
                RevertKind.Custom => reason.Arguments,
                _ => throw new Xunit.Sdk.XunitException($"case {i}: {reason.Message}"),
            };
            Assert.True(JsonNode.DeepEquals(results[i]!["args"], AbiRandomValues.ToJson(decodedArguments)), $"case {i}: {error.Signature} arguments differ");
        }
    }

    /// <summary>A string field of an oracle result; fails with ethers' own message when ethers rejected the case.</summary>
    private static string Field(JsonNode? result, string name, string context) =>
        (string?)result?[name] ?? throw new Xunit.Sdk.XunitException($"{context}: ethers answered {result?.ToJsonString()}");

    /// <summary>The JSON ABI fragment of an error; tuples are written as the JSON format's "tuple" with components.</summary>
    private static JsonObject AbiFragmentJson(AbiError error) => new()
    {
        ["type"] = "error",
        ["name"] = error.Name,
        ["inputs"] = new JsonArray([.. error.Inputs.Select(p => (JsonNode)ParameterJson(p.Name, p.Type))]),
    };

    private static JsonObject ParameterJson(string name, AbiType type)
    {
        var suffix = "";
        var inner = type;
        while (inner is AbiFixedArrayType or AbiDynamicArrayType)
        {
            (inner, var part) = inner is AbiFixedArrayType f ? (f.Element, $"[{f.Length}]") : (((AbiDynamicArrayType)inner).Element, "[]");
            suffix = part + suffix;
        }

        if (inner is not AbiTupleType tuple)
        {
            return new JsonObject { ["name"] = name, ["type"] = type.CanonicalName };
        }

        return new JsonObject
        {
            ["name"] = name,
            ["type"] = "tuple" + suffix,
            ["components"] = new JsonArray([.. tuple.Components.Select((c, i) => (JsonNode)ParameterJson($"c{i}", c))]),
        };
    }
}
