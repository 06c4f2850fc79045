using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// The body of a phytosanitary certificate for export (IPPC model certificate): the exporting and
/// importing plant protection organisations, consignor and consignee, the plants or plant products,
/// disinfestation treatment, additional declaration and the inspection.
/// </summary>
/// <remarks>
/// Rules: inspection and treatment take place on or before the issue date (the certificate attests an
/// inspection already made); botanical names are at least genus and species ("Vitis vinifera").
/// </remarks>
public sealed record PhytosanitaryCertificate : ITradeDocumentBody<PhytosanitaryCertificate>
{
    /// <summary>The exporting country's national plant protection organisation.</summary>
    public required PlantProtectionOrganisation ExportingNppo { get; init; }

    /// <summary>The organisation of the importing country the certificate is addressed to.</summary>
    public required PlantProtectionOrganisation ImportingNppo { get; init; }

    /// <summary>Exporter of the plants.</summary>
    public required Party Consignor { get; init; }

    /// <summary>Declared consignee.</summary>
    public required Party Consignee { get; init; }

    /// <summary>The plants or plant products, numbered 1, 2, 3 in order.</summary>
    public required IReadOnlyList<PlantProduct> Products { get; init; }

    /// <summary>Declared means of conveyance ("sea, MSC Aurora 412W").</summary>
    public string? MeansOfConveyance { get; init; }

    /// <summary>Declared point of entry.</summary>
    public string? PointOfEntry { get; init; }

    /// <summary>Disinfestation or disinfection treatment, when applied.</summary>
    public Treatment? Treatment { get; init; }

    /// <summary>Additional declaration required by the importing country.</summary>
    public string? AdditionalDeclaration { get; init; }

    /// <summary>Date of the phytosanitary inspection.</summary>
    public required DateOnly InspectionDate { get; init; }

    /// <summary>Place of issue.</summary>
    public required string Place { get; init; }

    /// <summary>Name of the authorised officer.</summary>
    public required string AuthorizedOfficer { get; init; }

    /// <inheritdoc />
    public static DocumentType DocumentType => DocumentType.PhytosanitaryCertificate;

    /// <inheritdoc />
    public DocumentType Type => DocumentType.PhytosanitaryCertificate;

    /// <inheritdoc />
    public JsonObject ToJson() => new JsonObject()
        .With("exportingNppo", ExportingNppo.ToJson())
        .With("importingNppo", ImportingNppo.ToJson())
        .With("consignor", Consignor.ToJson())
        .With("consignee", Consignee.ToJson())
        .With("products", Products.ToJsonArray(p => p.ToJson()))
        .With("meansOfConveyance", MeansOfConveyance)
        .With("pointOfEntry", PointOfEntry)
        .With("treatment", Treatment?.ToJson())
        .With("additionalDeclaration", AdditionalDeclaration)
        .With("inspectionDate", InspectionDate)
        .With("place", Place)
        .With("authorizedOfficer", AuthorizedOfficer);

    /// <inheritdoc />
    public static PhytosanitaryCertificate FromJson(JsonObject body) => BodyReading.FromJson<PhytosanitaryCertificate>(body, Read);

    internal static PhytosanitaryCertificate? Read(JsonFieldReader reader, DateOnly? issuedOn)
    {
        var exporting = reader.Object("exportingNppo", PlantProtectionOrganisation.Read);
        var importing = reader.Object("importingNppo", PlantProtectionOrganisation.Read);
        var consignor = reader.Object("consignor", Party.Read);
        var consignee = reader.Object("consignee", Party.Read);
        var products = reader.Array("products", PlantProduct.Read);
        var conveyance = reader.Text("meansOfConveyance", required: false);
        var entry = reader.Text("pointOfEntry", required: false);
        var treatment = reader.Object("treatment", Treatment.Read, required: false);
        var additional = reader.Text("additionalDeclaration", required: false);
        var inspected = reader.Date("inspectionDate");
        var place = reader.Text("place");
        var officer = reader.Text("authorizedOfficer");
        if (issuedOn is { } issued)
        {
            if (inspected is { } day && day > issued)
            {
                reader.Report("inspectionDate", $"{CalendarDate.Format(day)} is after the issue date {CalendarDate.Format(issued)}; a certificate attests an inspection already made");
            }

            reader.NotAfter("treatment", "date", treatment?.Date, issued, "the issue date");
        }

        return exporting is null || importing is null || consignor is null || consignee is null || products is null || inspected is null || place is null || officer is null
            ? null
            : new PhytosanitaryCertificate
            {
                ExportingNppo = exporting,
                ImportingNppo = importing,
                Consignor = consignor,
                Consignee = consignee,
                Products = products,
                MeansOfConveyance = conveyance,
                PointOfEntry = entry,
                Treatment = treatment,
                AdditionalDeclaration = additional,
                InspectionDate = inspected.Value,
                Place = place,
                AuthorizedOfficer = officer,
            };
    }
}
