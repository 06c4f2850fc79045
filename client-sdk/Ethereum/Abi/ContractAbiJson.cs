using System.Text.Json;

namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>Reads the JSON ABI format solc and Hardhat write.</summary>
internal static class ContractAbiJson
{
    public static ContractAbi Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new AbiException($"ABI JSON is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("abi", out var abi))
            {
                return Parse(abi);
            }

            return Parse(root);
        }
    }

    public static ContractAbi Parse(JsonElement abi)
    {
        if (abi.ValueKind != JsonValueKind.Array)
        {
            throw new AbiException("ABI JSON must be an array of entries (or an artifact with an \"abi\" array)");
        }

        var functions = new List<AbiFunction>();
        var events = new List<AbiEvent>();
        var errors = new List<AbiError>();
        AbiConstructor? constructor = null;
        foreach (var entry in abi.EnumerateArray())
        {
            var kind = OptionalString(entry, "type") ?? "function";
            switch (kind)
            {
                case "function":
                    functions.Add(new AbiFunction(RequiredString(entry, "name"), Parameters(entry, "inputs"), Parameters(entry, "outputs"), Mutability(entry)));
                    break;
                case "event":
                    events.Add(new AbiEvent(RequiredString(entry, "name"), Parameters(entry, "inputs"), entry.TryGetProperty("anonymous", out var anonymous) && anonymous.GetBoolean()));
                    break;
                case "error":
                    errors.Add(new AbiError(RequiredString(entry, "name"), Parameters(entry, "inputs")));
                    break;
                case "constructor":
                    constructor = new AbiConstructor(Parameters(entry, "inputs"), Mutability(entry));
                    break;
                case "fallback" or "receive":
                    break;
                default:
                    throw new AbiException($"ABI entry has unknown type '{kind}'");
            }
        }

        return new ContractAbi(functions, events, errors, constructor);
    }

    private static AbiParameter[] Parameters(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var list) ? [.. list.EnumerateArray().Select(Parameter)] : [];

    private static AbiParameter Parameter(JsonElement parameter) => new(
        OptionalString(parameter, "name") ?? "",
        ParameterType(parameter),
        parameter.TryGetProperty("indexed", out var indexed) && indexed.GetBoolean());

    private static AbiType ParameterType(JsonElement parameter)
    {
        var type = RequiredString(parameter, "type");
        if (!type.StartsWith("tuple", StringComparison.Ordinal))
        {
            return AbiType.Parse(type);
        }

        var components = Parameters(parameter, "components");
        var tuple = new AbiTupleType(AbiParameter.Types(components), [.. components.Select(c => c.Name)]);
        var position = "tuple".Length;
        var result = AbiTypeParser.ParseArraySuffixes(type, ref position, tuple);
        return position == type.Length ? result : throw new AbiException($"ABI type '{type}' is not tuple followed by array suffixes");
    }

    private static string Mutability(JsonElement entry) => OptionalString(entry, "stateMutability") ?? "nonpayable";

    private static string RequiredString(JsonElement element, string property) =>
        OptionalString(element, property) ?? throw new AbiException($"ABI entry {element.GetRawText()} has no \"{property}\"");

    private static string? OptionalString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
