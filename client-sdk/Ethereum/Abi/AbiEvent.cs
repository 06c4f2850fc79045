namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>A contract event: its signature, topic, and log decoding.</summary>
public sealed class AbiEvent
{
    private readonly AbiType[] _dataTypes;

    /// <summary>Creates an event description.</summary>
    public AbiEvent(string name, IReadOnlyList<AbiParameter> inputs, bool anonymous = false)
    {
        Name = name;
        Inputs = inputs;
        Anonymous = anonymous;
        Signature = AbiParameter.Signature(name, inputs);
        Topic = Keccak256.Hash(System.Text.Encoding.UTF8.GetBytes(Signature));
        _dataTypes = AbiParameter.Types(inputs.Where(p => !p.Indexed));
        IndexedCount = inputs.Count(p => p.Indexed);
    }

    /// <summary>Event name.</summary>
    public string Name { get; }

    /// <summary>Inputs in declaration order; indexed ones are topics.</summary>
    public IReadOnlyList<AbiParameter> Inputs { get; }

    /// <summary>An anonymous event has no signature topic.</summary>
    public bool Anonymous { get; }

    /// <summary>Canonical signature, e.g. <c>Transfer(address,address,uint256)</c>.</summary>
    public string Signature { get; }

    /// <summary>keccak256 of the signature: topic 0 of a non-anonymous event's logs.</summary>
    public Hash32 Topic { get; }

    /// <summary>Number of indexed inputs.</summary>
    public int IndexedCount { get; }

    /// <summary>
    /// Decodes a log's topics and data into the inputs in declaration order. An indexed input of a dynamic type
    /// (string, bytes, array, tuple) is only its keccak256 hash in the log, so it decodes to a <see cref="Hash32"/>.
    /// </summary>
    public DecodedEvent Decode(IReadOnlyList<Hash32> topics, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var first = Anonymous ? 0 : 1;
        if (topics.Count != first + IndexedCount)
        {
            throw new AbiException($"{Signature} has {first + IndexedCount} topics, the log has {topics.Count}");
        }

        if (!Anonymous && topics[0] != Topic)
        {
            throw new AbiException($"log topic {topics[0]} is not {Signature} ({Topic})");
        }

        var dataValues = AbiCodec.Decode(_dataTypes, data, allowTrailingBytes: true);
        var values = new object[Inputs.Count];
        int topic = first, dataIndex = 0;
        for (var i = 0; i < Inputs.Count; i++)
        {
            var input = Inputs[i];
            values[i] = !input.Indexed ? dataValues[dataIndex++]
                : IsHashedWhenIndexed(input.Type) ? topics[topic++]
                : AbiCodec.DecodeValue(input.Type, topics[topic++].Bytes);
        }

        return new DecodedEvent(this, values);
    }

    /// <summary>The topic an indexed input's value takes, for filtering logs (dynamic types are hashed).</summary>
    public static Hash32 TopicOf(AbiType type, object value)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!IsHashedWhenIndexed(type))
        {
            return new Hash32(AbiCodec.EncodeValue(type, value));
        }

        // Solidity hashes an indexed string or bytes as its raw content, and other dynamic values as their
        // in-place encoding (elements padded to 32 bytes, no lengths or offsets).
        return Keccak256.Hash(AbiPackedTopicEncoding.Encode(type, value));
    }

    private static bool IsHashedWhenIndexed(AbiType type) =>
        type.IsDynamic || type is AbiTupleType or AbiFixedArrayType;

    /// <inheritdoc />
    public override string ToString() => Signature;
}
