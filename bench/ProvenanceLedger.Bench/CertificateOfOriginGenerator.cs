using System.Globalization;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Bench;

/// <summary>
/// Seeded generator of typical certificates of origin (about 1.5 KB of JSON each, 3–5 consignment items),
/// shaped like the document model: envelope plus exporter, producer, importer, items, transport, invoice
/// reference and certifying body declaration.
/// </summary>
public sealed class CertificateOfOriginGenerator(int seed)
{
    private static readonly string[] Countries = ["CL", "DE", "FR", "JP", "KE", "US", "VN", "IN", "BR", "ZA"];
    private static readonly string[] Units = ["KGM", "LTR", "PCE", "MTR"];
    private static readonly string[] Criteria = ["WO", "PE", "PSR", "CTH"];
    private static readonly string[] Goods = ["Fresh table grapes", "Copper cathodes", "Roasted coffee beans", "Cotton yarn", "Frozen salmon fillets"];

    private readonly Random _random = new(seed);

    public JsonObject Next(int sequence)
    {
        var items = new JsonArray();
        var itemCount = _random.Next(3, 6);
        for (var line = 1; line <= itemCount; line++)
        {
            items.Add(new JsonObject
            {
                ["line"] = line,
                ["hsCode"] = _random.Next(10_00_00, 99_99_99).ToString(CultureInfo.InvariantCulture),
                ["description"] = Goods[_random.Next(Goods.Length)],
                ["quantity"] = new JsonObject { ["value"] = Math.Round(_random.NextDouble() * 10_000, 2), ["unit"] = Units[_random.Next(Units.Length)] },
                ["originCountry"] = Country(),
                ["originCriterion"] = Criteria[_random.Next(Criteria.Length)],
            });
        }

        return new JsonObject
        {
            ["type"] = "certificate-of-origin",
            ["id"] = "CO-2026-" + sequence.ToString("D6", CultureInfo.InvariantCulture),
            ["issuer"] = new JsonObject { ["address"] = "0x5FbDB2315678afecb367f032d93F642f64180aa3", ["name"] = "Chamber of Commerce of Valparaíso" },
            ["issuedAt"] = "2026-11-22T10:00:00Z",
            ["parents"] = new JsonArray(),
            ["body"] = new JsonObject
            {
                ["exporter"] = Party("Exporter"),
                ["producer"] = Party("Producer"),
                ["importer"] = Party("Importer"),
                ["items"] = items,
                ["transport"] = new JsonObject
                {
                    ["mode"] = "sea",
                    ["vessel"] = "MV Pacific " + _random.Next(100),
                    ["portOfLoading"] = "CLVAP",
                    ["portOfDischarge"] = "DEHAM",
                    ["departureDate"] = "2026-11-20",
                },
                ["invoiceReference"] = new JsonObject { ["number"] = "INV-" + _random.Next(1_000_000), ["date"] = "2026-11-18" },
                ["certifyingBody"] = new JsonObject
                {
                    ["name"] = "Cámara de Comercio",
                    ["declaration"] = "It is hereby certified that the goods described above meet the origin requirements.",
                    ["place"] = "Valparaíso",
                    ["date"] = "2026-11-22",
                },
            },
        };
    }

    private JsonObject Party(string role) => new()
    {
        ["name"] = role + " " + _random.Next(10_000),
        ["address"] = _random.Next(1, 999) + " Harbour Road, Suite " + _random.Next(100),
        ["country"] = Country(),
        ["taxId"] = "TX" + _random.Next(10_000_000),
    };

    private string Country() => Countries[_random.Next(Countries.Length)];
}
