using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Tests.Model;

public sealed class BuilderTests
{
    private static readonly Party Exporter = new() { Name = "Viña Sur SpA", Address = "Av. Prat 1, Valparaíso", Country = CountryCode.Parse("CL") };
    private static readonly Party Importer = new() { Name = "Feinkost GmbH", Address = "Hafen 2, Hamburg", Country = CountryCode.Parse("DE"), Identifier = "EORI DE1" };
    private static readonly DocumentIssuer Chamber = new(Address.Parse("0x6460b03b20ac0787d37c900d872d050d407cb08f"), "Cámara de Comercio de Valparaíso");

    [Fact]
    public void A_built_certificate_numbers_its_items_and_writes_the_expected_body()
    {
        var body = new CertificateOfOriginBuilder()
            .Exporter(Exporter)
            .Importer(Importer)
            .AddItem(HsCode.Parse("0806.10"), "Fresh grapes", new Quantity(12_000, "KGM"), CountryCode.Parse("CL"), OriginCriterion.WhollyObtained)
            .AddItem(HsCode.Parse("2204.21"), "Red wine", new Quantity(900.50m, "LTR"), CountryCode.Parse("CL"), OriginCriterion.WhollyObtained, marks: "FK/1")
            .Transport(new Transport { Mode = TransportMode.Sea, DestinationCountry = CountryCode.Parse("DE"), DepartureDate = new DateOnly(2026, 11, 23) })
            .Invoice("F-1", new DateOnly(2026, 11, 20))
            .CertifiedBy("Cámara de Comercio de Valparaíso", "Valparaíso", new DateOnly(2026, 11, 22), "Ana Soto")
            .Build();

        Assert.Equal(
            """{"exporter":{"name":"Viña Sur SpA","address":"Av. Prat 1, Valparaíso","country":"CL"},"importer":{"name":"Feinkost GmbH","address":"Hafen 2, Hamburg","country":"DE","identifier":"EORI DE1"},"items":[{"line":1,"hsCode":"080610","description":"Fresh grapes","quantity":{"value":12000,"unit":"KGM"},"originCountry":"CL","originCriterion":"WO"},{"line":2,"hsCode":"220421","description":"Red wine","quantity":{"value":900.5,"unit":"LTR"},"originCountry":"CL","originCriterion":"WO","marks":"FK/1"}],"transport":{"mode":"sea","destinationCountry":"DE","departureDate":"2026-11-23"},"invoice":{"number":"F-1","date":"2026-11-20"},"certification":{"bodyName":"Cámara de Comercio de Valparaíso","place":"Valparaíso","date":"2026-11-22","officer":"Ana Soto"}}""",
            body.ToJson().ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void A_certificate_builder_lists_every_missing_part()
    {
        var error = Assert.Throws<DocumentValidationException>(() => new CertificateOfOriginBuilder().Importer(Importer).Build());

        Assert.Equal(
            [
                new ValidationProblem("/body/exporter", "is required but missing; call Exporter"),
                new ValidationProblem("/body/items", "must list at least one entry; call AddItem"),
                new ValidationProblem("/body/transport", "is required but missing; call Transport"),
                new ValidationProblem("/body/certification", "is required but missing; call CertifiedBy"),
            ],
            error.Problems);
    }

    [Fact]
    public void An_invoice_builder_computes_amounts_and_totals_in_the_currency_minor_unit()
    {
        var invoice = new CommercialInvoiceBuilder(CurrencyCode.Parse("JPY"))
            .Numbered("INV-9", new DateOnly(2026, 11, 20))
            .Seller(Exporter)
            .Buyer(Importer)
            .Incoterm(Incoterm.FOB, "Valparaíso")
            .AddLine("Grapes", new Quantity(3, "KGM"), 411.5m)
            .AddLine("Wine", new Quantity(2.5m, "LTR"), 1001m, HsCode.Parse("220421"), CountryCode.Parse("CL"))
            .Charges(freight: 500, insurance: null)
            .Build();

        Assert.Equal([1235m, 2503m], invoice.Lines.Select(l => l.Amount));
        Assert.Equal(3738m, invoice.Totals.Lines);
        Assert.Equal(4238m, invoice.Totals.Total);
        Assert.Equal([1, 2], invoice.Lines.Select(l => l.Line));
    }

    [Fact]
    public void A_document_builder_links_parents_and_validates_against_the_issue_date()
    {
        var parent = Keccak256.Hash("supplier declaration"u8);
        var body = new CertificateOfOriginBuilder()
            .Exporter(Exporter)
            .Importer(Importer)
            .AddItem(HsCode.Parse("080610"), "Fresh grapes", new Quantity(1, "KGM"), CountryCode.Parse("CL"), OriginCriterion.WhollyObtained)
            .Transport(new Transport { Mode = TransportMode.Air, DestinationCountry = CountryCode.Parse("DE"), DepartureDate = new DateOnly(2026, 11, 21) })
            .CertifiedBy("Cámara", "Valparaíso", new DateOnly(2026, 11, 21), "Ana Soto")
            .Build();
        var builder = new TradeDocumentBuilder(Chamber).Id("CO-7").IssuedAt(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)).DerivedFrom(parent);

        var error = Assert.Throws<DocumentValidationException>(() => builder.Build(body));
        var document = builder.Build(body with { IssuedRetrospectively = true });

        Assert.Equal("/body/issuedRetrospectively", Assert.Single(error.Problems).Pointer);
        Assert.Equal(new ParentLink(parent, ParentRelation.DerivedFrom), Assert.Single(document.Parents));
        Assert.Equal("0x6460B03b20ac0787d37c900d872D050d407cB08F", document.ToJson()["issuer"]!["address"]!.GetValue<string>());
    }

    [Fact]
    public void A_document_builder_needs_an_id_and_an_issue_time()
    {
        var error = Assert.Throws<DocumentValidationException>(() => new TradeDocumentBuilder(Chamber).Build(new CommercialInvoiceBuilder(CurrencyCode.Parse("EUR"))
            .Numbered("1", new DateOnly(2026, 1, 1)).Seller(Exporter).Buyer(Importer).Incoterm(Incoterm.EXW, "Talca")
            .AddLine("Grapes", new Quantity(1, "KGM"), 1m).Build()));

        Assert.Equal(["/id", "/issuedAt"], error.Problems.Select(p => p.Pointer));
    }

    [Fact]
    public void A_supplier_declaration_builder_refuses_a_period_over_two_years()
    {
        var builder = new OriginDeclarationBuilder(DeclarationKind.SupplierDeclaration)
            .Declarant(Exporter)
            .AddGoods(HsCode.Parse("080610"), "Fresh grapes", CountryCode.Parse("CL"), OriginCriterion.WhollyObtained)
            .SignedBy("Ana Soto", "Talca", new DateOnly(2026, 1, 5));

        var declaration = builder.Covering(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)).Build();
        var error = Assert.Throws<DocumentValidationException>(() => builder.Covering(new DateOnly(2026, 1, 1), new DateOnly(2028, 1, 1)).Build());

        Assert.Equal("supplier-declaration", declaration.ToJson()["kind"]!.GetValue<string>());
        Assert.Equal(new ValidationProblem("/body/period/to", "2028-01-01 makes the period longer than 24 months from 2026-01-01"), Assert.Single(error.Problems));
    }

    [Fact]
    public void A_phytosanitary_builder_numbers_products_and_reports_missing_parts()
    {
        var missing = Assert.Throws<DocumentValidationException>(() => new PhytosanitaryCertificateBuilder().Build());
        var certificate = new PhytosanitaryCertificateBuilder()
            .Between(new PlantProtectionOrganisation("Servicio Agrícola y Ganadero", CountryCode.Parse("CL")), new PlantProtectionOrganisation("Julius Kühn-Institut", CountryCode.Parse("DE")))
            .Consignment(Exporter, Importer)
            .AddProduct("Vitis vinifera", "Fresh table grapes", new Quantity(12_000, "KGM"), CountryCode.Parse("CL"))
            .AddProduct("Malus domestica", "Fresh apples", new Quantity(8_000, "KGM"), CountryCode.Parse("CL"))
            .InspectedOn(new DateOnly(2026, 11, 21), "Valparaíso", "Ana Soto")
            .Build();

        Assert.Equal(["/body/exportingNppo", "/body/consignor", "/body/products", "/body/inspectionDate"], missing.Problems.Select(p => p.Pointer));
        Assert.Equal([1, 2], certificate.Products.Select(p => p.Line));
    }
}
