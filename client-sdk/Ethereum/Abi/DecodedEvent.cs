namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>An event decoded from a log: its inputs' values in declaration order.</summary>
public sealed class DecodedEvent
{
    internal DecodedEvent(AbiEvent @event, object[] values)
    {
        Event = @event;
        Values = values;
    }

    /// <summary>The event.</summary>
    public AbiEvent Event { get; }

    /// <summary>Event name.</summary>
    public string Name => Event.Name;

    /// <summary>Input values in declaration order.</summary>
    public IReadOnlyList<object> Values { get; }

    /// <summary>The value of the input named <paramref name="name"/>.</summary>
    public object this[string name]
    {
        get
        {
            for (var i = 0; i < Event.Inputs.Count; i++)
            {
                if (Event.Inputs[i].Name == name)
                {
                    return Values[i];
                }
            }

            throw new KeyNotFoundException($"event {Event.Signature} has no input named '{name}'");
        }
    }
}
