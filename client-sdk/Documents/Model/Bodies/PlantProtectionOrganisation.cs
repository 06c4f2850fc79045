using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>A national plant protection organisation (NPPO) and its country.</summary>
/// <param name="Name">The organisation's name ("Servicio Agrícola y Ganadero").</param>
/// <param name="Country">Its country.</param>
public sealed record PlantProtectionOrganisation(string Name, CountryCode Country)
{
    internal JsonObject ToJson() => new JsonObject().With("name", Name).With("country", Country.Value);

    internal static PlantProtectionOrganisation? Read(JsonFieldReader reader)
    {
        var name = reader.Text("name");
        var country = reader.Country("country");
        return name is null || country is null ? null : new PlantProtectionOrganisation(name, country.Value);
    }
}
