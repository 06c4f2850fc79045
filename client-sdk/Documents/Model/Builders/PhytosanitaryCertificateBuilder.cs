namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Builds a <see cref="PhytosanitaryCertificate"/>, numbering the products as they are added.</summary>
public sealed class PhytosanitaryCertificateBuilder
{
    private readonly List<PlantProduct> _products = [];
    private PlantProtectionOrganisation? _exporting;
    private PlantProtectionOrganisation? _importing;
    private Party? _consignor;
    private Party? _consignee;
    private string? _conveyance;
    private string? _pointOfEntry;
    private Treatment? _treatment;
    private string? _additionalDeclaration;
    private (DateOnly Date, string Place, string Officer)? _inspection;

    /// <summary>Sets the exporting organisation and the importing one the certificate is addressed to.</summary>
    public PhytosanitaryCertificateBuilder Between(PlantProtectionOrganisation exporting, PlantProtectionOrganisation importing)
    {
        _exporting = exporting;
        _importing = importing;
        return this;
    }

    /// <summary>Sets consignor and consignee.</summary>
    public PhytosanitaryCertificateBuilder Consignment(Party consignor, Party consignee)
    {
        _consignor = consignor;
        _consignee = consignee;
        return this;
    }

    /// <summary>Adds the next plant or plant product.</summary>
    public PhytosanitaryCertificateBuilder AddProduct(string botanicalName, string description, Quantity quantity, CountryCode placeOfOrigin, string? marks = null)
    {
        _products.Add(new PlantProduct { Line = _products.Count + 1, BotanicalName = botanicalName, Description = description, Quantity = quantity, PlaceOfOrigin = placeOfOrigin, Marks = marks });
        return this;
    }

    /// <summary>Sets the declared means of conveyance and point of entry.</summary>
    public PhytosanitaryCertificateBuilder Route(string? meansOfConveyance, string? pointOfEntry)
    {
        _conveyance = meansOfConveyance;
        _pointOfEntry = pointOfEntry;
        return this;
    }

    /// <summary>Records the treatment applied.</summary>
    public PhytosanitaryCertificateBuilder Treated(Treatment treatment)
    {
        _treatment = treatment;
        return this;
    }

    /// <summary>Adds the importing country's additional declaration.</summary>
    public PhytosanitaryCertificateBuilder AdditionalDeclaration(string declaration)
    {
        _additionalDeclaration = declaration;
        return this;
    }

    /// <summary>Records the inspection and the officer who certifies it.</summary>
    public PhytosanitaryCertificateBuilder InspectedOn(DateOnly date, string place, string authorizedOfficer)
    {
        _inspection = (date, place, authorizedOfficer);
        return this;
    }

    /// <summary>The certificate body; throws <see cref="DocumentValidationException"/> listing every missing part or broken rule.</summary>
    public PhytosanitaryCertificate Build()
    {
        new MissingParts()
            .Require(_exporting, "exportingNppo", nameof(Between))
            .Require(_consignor, "consignor", nameof(Consignment))
            .RequireAny(_products, "products", nameof(AddProduct))
            .Require(_inspection, "inspectionDate", nameof(InspectedOn))
            .ThrowIfAny();
        var inspection = _inspection!.Value;
        var body = new PhytosanitaryCertificate
        {
            ExportingNppo = _exporting!,
            ImportingNppo = _importing!,
            Consignor = _consignor!,
            Consignee = _consignee!,
            Products = [.. _products],
            MeansOfConveyance = _conveyance,
            PointOfEntry = _pointOfEntry,
            Treatment = _treatment,
            AdditionalDeclaration = _additionalDeclaration,
            InspectionDate = inspection.Date,
            Place = inspection.Place,
            AuthorizedOfficer = inspection.Officer,
        };
        return PhytosanitaryCertificate.FromJson(body.ToJson());
    }
}
