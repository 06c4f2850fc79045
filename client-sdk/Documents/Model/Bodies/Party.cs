using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>A party to a trade document: exporter, producer, importer, seller, buyer, consignor, consignee.</summary>
public sealed record Party
{
    /// <summary>Legal name.</summary>
    public required string Name { get; init; }

    /// <summary>Postal address in one line.</summary>
    public required string Address { get; init; }

    /// <summary>Country of the address.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>Optional registry or tax identifier (EORI, RUT, VAT number).</summary>
    public string? Identifier { get; init; }

    internal JsonObject ToJson() => new JsonObject()
        .With("name", Name)
        .With("address", Address)
        .With("country", Country.Value)
        .With("identifier", Identifier);

    internal static Party? Read(JsonFieldReader reader)
    {
        var name = reader.Text("name");
        var address = reader.Text("address");
        var country = reader.Country("country");
        var identifier = reader.Text("identifier", required: false);
        return name is null || address is null || country is null
            ? null
            : new Party { Name = name, Address = address, Country = country.Value, Identifier = identifier };
    }
}
