namespace ProvenanceLedger.Sdk.Ethereum.TypedData;

/// <summary>One member of an EIP-712 struct type: its name and its type (e.g. "address", "Person[]").</summary>
public sealed record TypedDataField(string Name, string Type);
