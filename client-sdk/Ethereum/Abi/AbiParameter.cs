namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>A named input or output of a function, event, error or constructor.</summary>
/// <param name="Name">Parameter name ("" when unnamed).</param>
/// <param name="Type">Its ABI type.</param>
/// <param name="Indexed">For event inputs: whether the value is a topic rather than in the data.</param>
public sealed record AbiParameter(string Name, AbiType Type, bool Indexed = false)
{
    /// <summary>Parses a type string into an unnamed parameter.</summary>
    public static AbiParameter Of(string type, string name = "", bool indexed = false) => new(name, AbiType.Parse(type), indexed);

    internal static string Signature(string name, IReadOnlyList<AbiParameter> parameters) =>
        name + "(" + string.Join(",", parameters.Select(p => p.Type.CanonicalName)) + ")";

    internal static AbiType[] Types(IEnumerable<AbiParameter> parameters) => [.. parameters.Select(p => p.Type)];
}
