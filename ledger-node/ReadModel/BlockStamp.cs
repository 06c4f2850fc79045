namespace ProvenanceLedger.Node.ReadModel;

/// <summary>A block the store keeps a record of, with its timestamp (Unix seconds): what as-of resolution needs.</summary>
internal readonly record struct BlockStamp(ulong Number, long Timestamp);
