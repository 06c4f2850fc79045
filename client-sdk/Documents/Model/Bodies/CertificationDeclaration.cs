using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>The certifying body's declaration that the goods meet the origin requirements.</summary>
public sealed record CertificationDeclaration
{
    /// <summary>Name of the certifying body (chamber of commerce, customs or trade authority).</summary>
    public required string BodyName { get; init; }

    /// <summary>Place of certification.</summary>
    public required string Place { get; init; }

    /// <summary>Date of certification, on or before the issue date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The officer who certified.</summary>
    public required string Officer { get; init; }

    internal JsonObject ToJson() => new JsonObject()
        .With("bodyName", BodyName)
        .With("place", Place)
        .With("date", Date)
        .With("officer", Officer);

    internal static CertificationDeclaration? Read(JsonFieldReader reader)
    {
        var bodyName = reader.Text("bodyName");
        var place = reader.Text("place");
        var date = reader.Date("date");
        var officer = reader.Text("officer");
        return bodyName is null || place is null || date is null || officer is null
            ? null
            : new CertificationDeclaration { BodyName = bodyName, Place = place, Date = date.Value, Officer = officer };
    }
}
