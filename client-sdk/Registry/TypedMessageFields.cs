using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.TypedData;

namespace ProvenanceLedger.Sdk.Registry;

/// <summary>Reads the members of the EIP-712 messages the SDK keeps in bundles.</summary>
internal static class TypedMessageFields
{
    /// <summary>The bytes32 member <paramref name="name"/> of a <paramref name="typeName"/> message, written as 0x hex.</summary>
    public static Hash32 Hash(JsonObject message, string typeName, string name) =>
        message[name] is JsonValue value && value.TryGetValue<string>(out var text) && Hash32.TryParse(text, out var hash)
            ? hash
            : throw new TypedDataException($"{typeName}.{name} is missing or not a 32-byte 0x hex hash");
}
