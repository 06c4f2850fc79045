namespace ProvenanceLedger.Sdk.Documents.Samples;

/// <summary>Fictitious but plausible trading parties, goods and certifying bodies the generator draws from.</summary>
internal static class SampleCatalog
{
    public static readonly IReadOnlyList<SampleParty> Exporters =
    [
        new("Viña Los Andes Exportaciones SpA", "Av. Apoquindo 3600, Las Condes, Santiago", "CL", "RUT 76.412.118-3"),
        new("Frutícola del Maule Ltda.", "Ruta 5 Sur km 254, Talca", "CL", "RUT 77.208.441-K"),
        new("Mekong Delta Seafood JSC", "12 Tran Hung Dao, Can Tho", "VN", "MST 1800157343"),
        new("Nilgiri Tea Estates Pvt Ltd", "14 Commercial Road, Ooty, Tamil Nadu", "IN", "GSTIN 33AABCN1234F1Z5"),
        new("Rift Valley Flowers Ltd", "Moi South Lake Road, Naivasha", "KE", "PIN P051234567X"),
        new("Pampa Granos S.A.", "Av. Corrientes 1234, Buenos Aires", "AR", "CUIT 30-71234567-8"),
    ];

    public static readonly IReadOnlyList<SampleParty> Importers =
    [
        new("Rheinische Feinkost GmbH", "Hafenstraße 21, 47119 Duisburg", "DE", "EORI DE123456789012345"),
        new("Nordic Fresh Import AB", "Frihamnsgatan 30, 115 56 Stockholm", "SE", "EORI SE5567891234"),
        new("Kanto Foods Trading Co., Ltd.", "2-4-1 Hamamatsucho, Minato-ku, Tokyo", "JP", null),
        new("Harbourside Provisions Ltd", "Unit 4, Tilbury Docks, Essex RM18 7EH", "GB", "EORI GB123456789000"),
        new("Atlantic Gourmet Distributors Inc.", "500 Port Newark Blvd, Newark NJ 07114", "US", "EIN 22-3456789"),
        new("Maison Delaunay SAS", "14 quai de la Joliette, 13002 Marseille", "FR", "EORI FR12345678901"),
    ];

    public static readonly IReadOnlyList<SampleGoods> Goods =
    [
        new("080610", "Fresh table grapes, red globe, 8.2 kg cartons", "Vitis vinifera", "KGM", 4_000, 20_000, 2.35m, "WO"),
        new("081010", "Fresh strawberries, 2 kg trays", "Fragaria ananassa", "KGM", 1_000, 6_000, 4.10m, "WO"),
        new("080810", "Fresh apples, Royal Gala, 18 kg cartons", "Malus domestica", "KGM", 5_000, 22_000, 1.15m, "WO"),
        new("220421", "Red wine, Carmenère, 0.75 l bottles", null, "LTR", 900, 9_000, 6.80m, "WO"),
        new("030617", "Frozen shrimp, peeled and deveined, 1 kg bags", null, "KGM", 2_000, 12_000, 9.40m, "WO"),
        new("090240", "Black tea, CTC grade, 50 kg sacks", "Camellia sinensis", "KGM", 1_500, 10_000, 3.25m, "WO"),
        new("060311", "Fresh cut roses, 60 cm stems", "Rosa hybrida", "PCE", 20_000, 120_000, 0.28m, "WO"),
        new("100590", "Yellow maize, bulk", "Zea mays", "TNE", 50, 900, 212.00m, "WO"),
        new("200990", "Mixed fruit juice concentrate, 240 kg drums", null, "KGM", 2_400, 19_200, 2.95m, "PSR"),
        new("160414", "Canned tuna in sunflower oil, 160 g tins", null, "PCE", 24_000, 96_000, 0.85m, "PSR"),
        new("190531", "Sweet biscuits, 200 g packs", null, "PCE", 10_000, 60_000, 0.62m, "PSR"),
        new("151710", "Margarine, 250 g tubs", null, "KGM", 3_000, 15_000, 1.90m, "PE"),
    ];

    public static readonly IReadOnlyList<(string Body, string Place, string Country)> CertifyingBodies =
    [
        ("Cámara de Comercio de Santiago", "Santiago", "CL"),
        ("Vietnam Chamber of Commerce and Industry", "Ho Chi Minh City", "VN"),
        ("Federation of Indian Export Organisations", "Chennai", "IN"),
        ("Kenya National Chamber of Commerce and Industry", "Nairobi", "KE"),
        ("Cámara Argentina de Comercio y Servicios", "Buenos Aires", "AR"),
    ];

    public static readonly IReadOnlyList<(string Name, string Country)> PlantProtectionOrganisations =
    [
        ("Servicio Agrícola y Ganadero", "CL"),
        ("Plant Protection Department", "VN"),
        ("Directorate of Plant Protection, Quarantine and Storage", "IN"),
        ("Kenya Plant Health Inspectorate Service", "KE"),
        ("Servicio Nacional de Sanidad y Calidad Agroalimentaria", "AR"),
        ("Julius Kühn-Institut", "DE"),
        ("Swedish Board of Agriculture", "SE"),
        ("Ministry of Agriculture, Forestry and Fisheries", "JP"),
        ("Animal and Plant Health Agency", "GB"),
        ("USDA Animal and Plant Health Inspection Service", "US"),
        ("Direction générale de l'alimentation", "FR"),
    ];

    public static string PortOf(string country) => country switch
    {
        "CL" => "Valparaíso",
        "VN" => "Cat Lai",
        "IN" => "Chennai",
        "KE" => "Mombasa",
        _ => "Buenos Aires",
    };

    public static readonly IReadOnlyList<string> Vessels = ["MSC Aurora", "Maersk Elba", "CMA CGM Andes", "ONE Harmony", "Hapag Santos Express"];

    public static readonly IReadOnlyList<string> Officers = ["María José Fuentes", "Nguyen Thi Lan", "Arjun Raghavan", "Grace Wanjiru", "Martín Etcheverry", "Carlos Pizarro"];
}

/// <summary>A party in the catalogue.</summary>
internal sealed record SampleParty(string Name, string Address, string Country, string? Identifier);

/// <summary>Goods in the catalogue with a plausible range of quantities and a unit price in USD.</summary>
internal sealed record SampleGoods(string HsCode, string Description, string? BotanicalName, string Unit, int MinQuantity, int MaxQuantity, decimal UnitPrice, string OriginCriterion);
