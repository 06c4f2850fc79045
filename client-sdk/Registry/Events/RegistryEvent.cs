namespace ProvenanceLedger.Sdk.Registry.Events;

/// <summary>A decoded registry event; <see cref="RegistryEventDecoder"/> makes one of the sealed records below from a log.</summary>
public abstract record RegistryEvent(LogPosition Position);
