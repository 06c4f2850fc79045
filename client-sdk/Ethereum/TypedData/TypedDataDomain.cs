using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Ethereum.TypedData;

/// <summary>
/// The EIP-712 domain. Only the fields that are set take part, in the order the EIP gives:
/// name, version, chainId, verifyingContract, salt.
/// </summary>
public sealed record TypedDataDomain
{
    /// <summary>The domain type's name.</summary>
    public const string TypeName = "EIP712Domain";

    /// <summary>The signing domain's name (the dApp or protocol).</summary>
    public string? Name { get; init; }

    /// <summary>The current major version of the signing domain.</summary>
    public string? Version { get; init; }

    /// <summary>The EIP-155 chain id.</summary>
    public BigInteger? ChainId { get; init; }

    /// <summary>The contract that will verify the signature.</summary>
    public Address? VerifyingContract { get; init; }

    /// <summary>A disambiguating salt.</summary>
    public Hash32? Salt { get; init; }

    /// <summary>The EIP712Domain fields for the members that are set.</summary>
    public IReadOnlyList<TypedDataField> Fields()
    {
        var fields = new List<TypedDataField>();
        if (Name is not null)
        {
            fields.Add(new TypedDataField("name", "string"));
        }

        if (Version is not null)
        {
            fields.Add(new TypedDataField("version", "string"));
        }

        if (ChainId is not null)
        {
            fields.Add(new TypedDataField("chainId", "uint256"));
        }

        if (VerifyingContract is not null)
        {
            fields.Add(new TypedDataField("verifyingContract", "address"));
        }

        if (Salt is not null)
        {
            fields.Add(new TypedDataField("salt", "bytes32"));
        }

        return fields;
    }

    /// <summary>The domain as a JSON message for struct hashing.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject();
        if (Name is not null)
        {
            json["name"] = Name;
        }

        if (Version is not null)
        {
            json["version"] = Version;
        }

        if (ChainId is { } chainId)
        {
            json["chainId"] = chainId.ToString(CultureInfo.InvariantCulture);
        }

        if (VerifyingContract is { } contract)
        {
            json["verifyingContract"] = contract.ToString();
        }

        if (Salt is { } salt)
        {
            json["salt"] = salt.ToString();
        }

        return json;
    }

    /// <summary>Reads the "domain" object of eth_signTypedData_v4.</summary>
    public static TypedDataDomain FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return new TypedDataDomain
            {
                Name = json["name"]?.GetValue<string>(),
                Version = json["version"]?.GetValue<string>(),
                ChainId = json["chainId"] is { } chainId ? TypedDataValues.ParseInteger(chainId, "domain.chainId") : null,
                VerifyingContract = json["verifyingContract"] is { } contract ? Address.Parse(contract.GetValue<string>()) : null,
                Salt = json["salt"] is { } salt ? Hash32.Parse(salt.GetValue<string>()) : null,
            };
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            throw new TypedDataException($"EIP-712 domain is invalid: {e.Message}", e);
        }
    }
}
