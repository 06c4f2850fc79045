namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>Splits a signature <c>name(type,…)</c> into its name and parameter types.</summary>
internal static class AbiSignature
{
    public static (string Name, AbiParameter[] Inputs) Parse(string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var open = signature.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !signature.EndsWith(')'))
        {
            throw new AbiException($"signature '{signature}' must look like name(type1,type2)");
        }

        var name = signature[..open];
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$') || char.IsAsciiDigit(name[0]))
        {
            throw new AbiException($"signature '{signature}' has an invalid name '{name}'");
        }

        // The parameter list is itself a tuple type string.
        var tuple = AbiType.Parse(signature[open..]) as AbiTupleType
            ?? throw new AbiException($"signature '{signature}' must end with its parameter list");
        return (name, [.. tuple.Components.Select(t => new AbiParameter("", t))]);
    }
}
