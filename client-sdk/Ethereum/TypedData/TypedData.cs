using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Sdk.Ethereum.TypedData;

/// <summary>
/// An EIP-712 typed-data message: struct types, the primary type, the domain and the message (JSON values in
/// the eth_signTypedData_v4 form). Computes encodeType, type hashes, struct hashes, the domain separator and
/// the digest that is signed: keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(message)).
/// </summary>
public sealed class TypedData
{
    private readonly Dictionary<string, IReadOnlyList<TypedDataField>> _types;

    /// <summary>Creates typed data; <paramref name="types"/> need not contain EIP712Domain (it is derived from the domain).</summary>
    public TypedData(IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> types, string primaryType, TypedDataDomain domain, JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types = types.ToDictionary();
        _types.TryAdd(TypedDataDomain.TypeName, domain.Fields());
        PrimaryType = primaryType;
        Domain = domain;
        Message = message;
        if (!_types.ContainsKey(primaryType))
        {
            throw new TypedDataException($"primary type '{primaryType}' is not among the types ({string.Join(", ", _types.Keys)})");
        }

        foreach (var (name, fields) in _types)
        {
            foreach (var field in fields)
            {
                var baseType = BaseType(field.Type);
                if (!_types.ContainsKey(baseType) && !TypedDataValues.IsAtomicOrDynamic(baseType))
                {
                    throw new TypedDataException($"{name}.{field.Name} has type '{field.Type}', which is neither a known struct nor an EIP-712 atomic type");
                }
            }
        }
    }

    /// <summary>The struct type of <see cref="Message"/>.</summary>
    public string PrimaryType { get; }

    /// <summary>The signing domain.</summary>
    public TypedDataDomain Domain { get; }

    /// <summary>The message, as JSON values.</summary>
    public JsonObject Message { get; }

    /// <summary>Reads the eth_signTypedData_v4 JSON shape: { types, primaryType, domain, message }.</summary>
    public static TypedData Parse(string json)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new TypedDataException("typed data must be a JSON object with types, primaryType, domain and message");
        }
        catch (JsonException e)
        {
            throw new TypedDataException($"typed data is not valid JSON: {e.Message}", e);
        }

        var typesJson = root["types"] as JsonObject ?? throw new TypedDataException("typed data has no 'types' object");
        var types = new Dictionary<string, IReadOnlyList<TypedDataField>>();
        foreach (var (name, fields) in typesJson)
        {
            types[name] = (fields as JsonArray ?? throw new TypedDataException($"type '{name}' is not an array of fields"))
                .Select(f => new TypedDataField(
                    (string?)f?["name"] ?? throw new TypedDataException($"a field of '{name}' has no name"),
                    (string?)f?["type"] ?? throw new TypedDataException($"field '{name}.{f?["name"]}' has no type")))
                .ToList();
        }

        var primaryType = (string?)root["primaryType"] ?? throw new TypedDataException("typed data has no 'primaryType'");
        var domain = TypedDataDomain.FromJson(root["domain"] as JsonObject ?? throw new TypedDataException("typed data has no 'domain' object"));
        var message = root["message"] as JsonObject ?? throw new TypedDataException("typed data has no 'message' object");
        return new TypedData(types, primaryType, domain, message);
    }

    /// <summary>encodeType: "Name(type name,…)" followed by referenced struct types sorted by name.</summary>
    public string EncodeType(string typeName)
    {
        var dependencies = new SortedSet<string>(StringComparer.Ordinal);
        CollectDependencies(typeName, dependencies);
        dependencies.Remove(typeName);
        return string.Concat(new[] { typeName }.Concat(dependencies).Select(t => $"{t}({string.Join(",", _types[t].Select(f => $"{f.Type} {f.Name}"))})"));
    }

    /// <summary>typeHash = keccak256(encodeType(type)).</summary>
    public Hash32 TypeHash(string typeName) => Keccak256.Hash(System.Text.Encoding.UTF8.GetBytes(EncodeType(typeName)));

    /// <summary>hashStruct(value) = keccak256(typeHash ‖ encodeData(value)).</summary>
    public Hash32 HashStruct(string typeName, JsonObject value) => HashStruct(typeName, value, typeName);

    /// <summary>The domain separator: hashStruct(EIP712Domain, domain).</summary>
    public Hash32 DomainSeparator() => HashStruct(TypedDataDomain.TypeName, Domain.ToJson(), "domain");

    /// <summary>The digest to sign: keccak256(0x1901 ‖ domainSeparator ‖ hashStruct(primaryType, message)).</summary>
    public Hash32 Digest()
    {
        Span<byte> data = stackalloc byte[66];
        data[0] = 0x19;
        data[1] = 0x01;
        DomainSeparator().Bytes.CopyTo(data[2..]);
        if (PrimaryType != TypedDataDomain.TypeName)
        {
            HashStruct(PrimaryType, Message, "message").Bytes.CopyTo(data[34..]);
            return Keccak256.Hash(data);
        }

        // Signing the domain itself: the message hash is omitted (as eth_signTypedData_v4 does).
        return Keccak256.Hash(data[..34]);
    }

    /// <summary>Signs <see cref="Digest"/>.</summary>
    public EthereumSignature Sign(EthereumKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Sign(Digest());
    }

    /// <summary>The signer of <paramref name="signature"/> over this typed data.</summary>
    public Address Recover(EthereumSignature signature) => EcRecover.Recover(Digest(), signature);

    private Hash32 HashStruct(string typeName, JsonObject value, string path)
    {
        if (!_types.ContainsKey(typeName))
        {
            throw new TypedDataException($"'{typeName}' is not among the struct types");
        }

        Span<byte> hash = stackalloc byte[32];
        HashStruct(typeName, value, path, hash);
        return new Hash32(hash);
    }

    private void HashStruct(string typeName, JsonObject value, string path, Span<byte> destination)
    {
        var fields = _types[typeName];
        var buffer = new byte[32 * (fields.Count + 1)];
        TypeHash(typeName).Bytes.CopyTo(buffer);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            EncodeValue(field.Type, value[field.Name], $"{path}.{field.Name}", buffer.AsSpan(32 * (i + 1), 32));
        }

        Keccak256.Hash(buffer, destination);
    }

    private void EncodeValue(string type, JsonNode? value, string path, Span<byte> word)
    {
        if (value is null)
        {
            throw new TypedDataException($"{path} is missing (type {type})");
        }

        if (type.EndsWith(']'))
        {
            var open = type.LastIndexOf('[');
            var elementType = type[..open];
            var array = value as JsonArray ?? throw new TypedDataException($"{path} is {value.ToJsonString()}, not an array ({type})");
            if (open + 2 < type.Length && int.Parse(type.AsSpan(open + 1, type.Length - open - 2), System.Globalization.CultureInfo.InvariantCulture) != array.Count)
            {
                throw new TypedDataException($"{path} has {array.Count} elements; {type} needs exactly {type[(open + 1)..^1]}");
            }

            var encoded = new byte[32 * array.Count];
            for (var i = 0; i < array.Count; i++)
            {
                EncodeValue(elementType, array[i], $"{path}[{i}]", encoded.AsSpan(32 * i, 32));
            }

            Keccak256.Hash(encoded, word);
            return;
        }

        if (_types.ContainsKey(type))
        {
            HashStruct(type, value as JsonObject ?? throw new TypedDataException($"{path} is {value.ToJsonString()}, not a {type} object"), path, word);
            return;
        }

        TypedDataValues.Encode(type, value, path, word);
    }

    private void CollectDependencies(string typeName, SortedSet<string> found)
    {
        if (!_types.TryGetValue(typeName, out var fields) || !found.Add(typeName))
        {
            return;
        }

        foreach (var field in fields)
        {
            CollectDependencies(BaseType(field.Type), found);
        }
    }

    private static string BaseType(string type)
    {
        var bracket = type.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? type : type[..bracket];
    }
}
