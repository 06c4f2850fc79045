using System.Globalization;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Samples;

/// <summary>
/// Realistic, valid sample documents for tests, benchmarks and the CLI's development sample. The same
/// seed gives the same documents in the same order (one generator is not thread-safe; use one per
/// thread). Certificates of origin have 3 to 6 items and are about 1.5 KB of JSON.
/// </summary>
public sealed class SampleDocumentGenerator
{
    /// <summary>When the first sample is issued; each later one is a few minutes to a few hours after.</summary>
    public static readonly DateTimeOffset FirstIssue = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private readonly Random _random;
    private DateTimeOffset _clock = FirstIssue;
    private int _serial;

    /// <summary>Creates a generator; every document it gives is a function of <paramref name="seed"/>.</summary>
    public SampleDocumentGenerator(int seed)
    {
        _random = new Random(seed);
        Issuer = new DocumentIssuer(new Address(Bytes(Address.Size)), Pick(SampleCatalog.CertifyingBodies).Body);
    }

    /// <summary>The issuer named in every document this generator makes.</summary>
    public DocumentIssuer Issuer { get; }

    /// <summary>A certificate of origin; with no parents given it derives from a (hypothetical) supplier's declaration.</summary>
    public TradeDocument CertificateOfOrigin(IEnumerable<ParentLink>? parents = null)
    {
        var issued = NextIssueTime();
        var exporter = Pick(SampleCatalog.Exporters);
        var importer = Pick(SampleCatalog.Importers);
        var certifier = SampleCatalog.CertifyingBodies.FirstOrDefault(b => b.Country == exporter.Country, SampleCatalog.CertifyingBodies[0]);
        var day = DateOnly.FromDateTime(issued.UtcDateTime);
        var goods = PickGoods(_random.Next(3, 7));
        var body = new CertificateOfOrigin
        {
            Exporter = ToParty(exporter),
            Producer = _random.Next(3) == 0 ? ToParty(Pick(SampleCatalog.Exporters)) : null,
            Importer = ToParty(importer),
            Items = [.. goods.Select((g, i) => new ConsignmentItem
            {
                Line = i + 1,
                HsCode = HsCode.Parse(g.HsCode),
                Description = g.Description,
                Quantity = new Quantity(_random.Next(g.MinQuantity, g.MaxQuantity + 1), g.Unit),
                OriginCountry = CountryCode.Parse(exporter.Country),
                OriginCriterion = OriginCriterion.Parse(g.OriginCriterion),
            })],
            Transport = new Transport
            {
                Mode = TransportMode.Sea,
                VesselOrFlight = $"{Pick(SampleCatalog.Vessels)} {_random.Next(100, 999)}W",
                DeparturePort = SampleCatalog.PortOf(exporter.Country),
                DestinationCountry = CountryCode.Parse(importer.Country),
                DepartureDate = day.AddDays(_random.Next(0, 8)),
            },
            Invoice = new InvoiceReference(InvoiceNumber(), day.AddDays(-_random.Next(1, 11))),
            Certification = new CertificationDeclaration { BodyName = certifier.Body, Place = certifier.Place, Date = day, Officer = Pick(SampleCatalog.Officers) },
        };
        parents ??= [new ParentLink(new Hash32(Bytes(Hash32.Size)), ParentRelation.DerivedFrom)];
        return TradeDocument.Create(body, NextId("CO"), Issuer, issued, parents);
    }

    /// <summary>A long-term supplier's declaration from a producer to an exporter.</summary>
    public TradeDocument OriginDeclaration()
    {
        var issued = NextIssueTime();
        var supplier = Pick(SampleCatalog.Exporters);
        var day = DateOnly.FromDateTime(issued.UtcDateTime);
        var body = new OriginDeclaration
        {
            Kind = DeclarationKind.SupplierDeclaration,
            Declarant = ToParty(supplier),
            Recipient = ToParty(Pick(SampleCatalog.Exporters)),
            Items = [.. PickGoods(_random.Next(1, 4)).Select((g, i) => new DeclaredGoods
            {
                Line = i + 1,
                HsCode = HsCode.Parse(g.HsCode),
                Description = g.Description,
                OriginCountry = CountryCode.Parse(supplier.Country),
                OriginCriterion = OriginCriterion.Parse(g.OriginCriterion),
            })],
            Period = new DeclarationPeriod(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31)),
            Place = SampleCatalog.PortOf(supplier.Country),
            Date = day,
            Signatory = Pick(SampleCatalog.Officers),
        };
        return TradeDocument.Create(body, NextId("SD"), Issuer, issued);
    }

    /// <summary>A commercial invoice in USD whose amounts and totals add up.</summary>
    public TradeDocument CommercialInvoice()
    {
        var issued = NextIssueTime();
        var seller = Pick(SampleCatalog.Exporters);
        var currency = CurrencyCode.Parse("USD");
        var lines = PickGoods(_random.Next(2, 6)).Select((g, i) =>
        {
            var quantity = new Quantity(_random.Next(g.MinQuantity, g.MaxQuantity + 1), g.Unit);
            return new InvoiceLine
            {
                Line = i + 1,
                HsCode = HsCode.Parse(g.HsCode),
                Description = g.Description,
                Quantity = quantity,
                UnitPrice = g.UnitPrice,
                Amount = InvoiceLine.AmountOf(quantity.Value, g.UnitPrice, currency),
                OriginCountry = CountryCode.Parse(seller.Country),
            };
        }).ToList();
        var sum = lines.Sum(l => l.Amount);
        var freight = _random.Next(800, 4_000);
        var insurance = Math.Round(sum * 0.0035m, 2);
        var body = new CommercialInvoice
        {
            Number = InvoiceNumber(),
            Date = DateOnly.FromDateTime(issued.UtcDateTime),
            Seller = ToParty(seller),
            Buyer = ToParty(Pick(SampleCatalog.Importers)),
            Currency = currency,
            Incoterm = new DeliveryTerm(Incoterm.FOB, SampleCatalog.PortOf(seller.Country)),
            Lines = lines,
            Totals = new InvoiceTotals { Lines = sum, Freight = freight, Insurance = insurance, Total = sum + freight + insurance },
            PaymentTerms = "30 days net",
        };
        return TradeDocument.Create(body, NextId("INV"), Issuer, issued);
    }

    /// <summary>A phytosanitary certificate for fresh produce, fumigated two days before inspection.</summary>
    public TradeDocument PhytosanitaryCertificate()
    {
        var issued = NextIssueTime();
        var consignor = Pick(SampleCatalog.Exporters);
        var consignee = Pick(SampleCatalog.Importers);
        var day = DateOnly.FromDateTime(issued.UtcDateTime);
        var plants = SampleCatalog.Goods.Where(g => g.BotanicalName is not null).ToList();
        var chosen = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => plants[_random.Next(plants.Count)]).Distinct().ToList();
        var exporting = SampleCatalog.PlantProtectionOrganisations.First(o => o.Country == consignor.Country);
        var importing = SampleCatalog.PlantProtectionOrganisations.First(o => o.Country == consignee.Country);
        var body = new PhytosanitaryCertificate
        {
            ExportingNppo = new PlantProtectionOrganisation(exporting.Name, CountryCode.Parse(exporting.Country)),
            ImportingNppo = new PlantProtectionOrganisation(importing.Name, CountryCode.Parse(importing.Country)),
            Consignor = ToParty(consignor),
            Consignee = ToParty(consignee),
            Products = [.. chosen.Select((g, i) => new PlantProduct
            {
                Line = i + 1,
                BotanicalName = g.BotanicalName!,
                Description = g.Description,
                Quantity = new Quantity(_random.Next(g.MinQuantity, g.MaxQuantity + 1), g.Unit),
                PlaceOfOrigin = CountryCode.Parse(consignor.Country),
            })],
            MeansOfConveyance = $"sea, {Pick(SampleCatalog.Vessels)}",
            PointOfEntry = "Rotterdam",
            Treatment = new Treatment { Method = "fumigation", Chemical = "sulphur dioxide", DurationAndTemperature = "30 min at 15 °C", Concentration = "1 %", Date = day.AddDays(-2) },
            AdditionalDeclaration = "The consignment was inspected and found free of Lobesia botrana.",
            InspectionDate = day.AddDays(-1),
            Place = SampleCatalog.PortOf(consignor.Country),
            AuthorizedOfficer = Pick(SampleCatalog.Officers),
        };
        return TradeDocument.Create(body, NextId("PHY"), Issuer, issued);
    }

    /// <summary>A mix in the proportions a chamber of commerce sees: mostly certificates, some invoices, declarations and phytosanitary certificates.</summary>
    public IEnumerable<TradeDocument> Mixed(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 10) switch
            {
                7 => CommercialInvoice(),
                8 => OriginDeclaration(),
                9 => PhytosanitaryCertificate(),
                _ => CertificateOfOrigin(),
            };
        }
    }

    private DateTimeOffset NextIssueTime()
    {
        _clock = _clock.AddSeconds(_random.Next(60, 4 * 3600));
        return _clock;
    }

    private string NextId(string prefix) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{_clock.Year}-{++_serial:D6}");

    private string InvoiceNumber() => string.Create(CultureInfo.InvariantCulture, $"F-{_random.Next(10_000, 99_999)}");

    private List<SampleGoods> PickGoods(int count) =>
        [.. SampleCatalog.Goods.OrderBy(_ => _random.Next()).Take(count)];

    private T Pick<T>(IReadOnlyList<T> from) => from[_random.Next(from.Count)];

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static Party ToParty(SampleParty party) => new()
    {
        Name = party.Name,
        Address = party.Address,
        Country = CountryCode.Parse(party.Country),
        Identifier = party.Identifier,
    };
}
