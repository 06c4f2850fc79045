using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Sdk.Registry;

/// <summary>A mined registry transaction: its receipt and every registry event it emitted, in log order.</summary>
public record RegistryTransaction(TransactionReceipt Receipt, IReadOnlyList<RegistryEvent> Events);

/// <summary>A mined registry transaction together with the one event that says what it did.</summary>
public sealed record RegistryTransaction<TEvent>(TransactionReceipt Receipt, IReadOnlyList<RegistryEvent> Events, TEvent Event)
    : RegistryTransaction(Receipt, Events)
    where TEvent : RegistryEvent;
