using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;

namespace ProvenanceLedger.Sdk.Tests.Model;

/// <summary>Each rule broken alone in an otherwise valid sample document yields exactly its problem.</summary>
public sealed class ValidationRuleTests
{
    public static TheoryData<string, string, string?, string> CertificateRules => new()
    {
        { "missing exporter", "/body/exporter", null, "is required but missing" },
        { "missing item description", "/body/items/0/description", null, "is required but missing" },
        { "dotted HS code", "/body/items/1/hsCode", "\"0806.10\"", "'0806.10' is not an HS code; expected 6, 8 or 10 digits without dots or spaces, chapter 01-97 (e.g. 080610)" },
        { "seven-digit HS code", "/body/items/1/hsCode", "\"0806101\"", "'0806101' is not an HS code; expected 6, 8 or 10 digits without dots or spaces, chapter 01-97 (e.g. 080610)" },
        { "chapter 99", "/body/items/1/hsCode", "\"990610\"", "'990610' is not an HS code; expected 6, 8 or 10 digits without dots or spaces, chapter 01-97 (e.g. 080610)" },
        { "numeric HS code", "/body/items/1/hsCode", "80610", "must be a string, not a number" },
        { "unassigned country", "/body/items/2/originCountry", "\"XK\"", "'XK' is not an ISO 3166-1 alpha-2 country code; expected two upper-case letters such as CL, DE or US" },
        { "lower-case country", "/body/importer/country", "\"de\"", "'de' is not an ISO 3166-1 alpha-2 country code; expected two upper-case letters such as CL, DE or US" },
        { "zero quantity", "/body/items/0/quantity/value", "0", "must be greater than zero, got 0" },
        { "negative quantity", "/body/items/0/quantity/value", "-3.5", "must be greater than zero, got -3.5" },
        { "bad unit", "/body/items/0/quantity/unit", "\"kilos\"", "'kilos' is not a unit code; expected a UN/ECE Recommendation 20 code such as KGM, LTR or PCE" },
        { "line out of order", "/body/items/1/line", "5", "is 5; lines are numbered 1, 2, 3 in order, so this one must be 2" },
        { "bad criterion", "/body/items/0/originCriterion", "\"wholly\"", "'wholly' is not an origin criterion; expected 1 to 4 upper-case letters or digits such as WO, PE or PSR" },
        { "unknown transport mode", "/body/transport/mode", "\"ship\"", "'ship' is not allowed; expected one of: sea, air, road, rail, multimodal" },
        { "bad date", "/body/certification/date", "\"22/11/2026\"", "'22/11/2026' is not a date; expected YYYY-MM-DD such as 2026-11-22" },
        { "invoice after issue", "/body/invoice/date", "\"2026-11-23\"", "2026-11-23 is after the issue date 2026-11-22" },
        { "certified after issue", "/body/certification/date", "\"2026-11-24\"", "2026-11-24 is after the issue date 2026-11-22" },
        { "typo in member name", "/body/transport/vesselName", "\"MSC Aurora\"", "is not a member of this object; expected one of: mode, vesselOrFlight, departurePort, destinationCountry, departureDate" },
        { "reserved name", "/body/$note", "\"x\"", "member names beginning with $ are reserved for redaction markers; rename it" },
    };

    [Theory]
    [MemberData(nameof(CertificateRules))]
    public void A_certificate_rule_broken_alone_is_reported_with_its_pointer(string rule, string pointer, string? json, string message)
    {
        var document = Certificate();
        Set(document, pointer, json);

        var result = DocumentValidator.Validate(document);

        Assert.True(rule.Length > 0);
        Assert.Equal([new ValidationProblem(pointer, message)], result.Problems);
    }

    [Theory]
    [MemberData(nameof(CertificateRules))]
    public void A_rule_is_reported_the_same_when_every_object_lists_its_members_in_reverse(string rule, string pointer, string? json, string message)
    {
        // The reader looks members up from where its last lookup matched, so the order members come in must not matter.
        var document = Certificate();
        Set(document, pointer, json);

        var result = DocumentValidator.Validate((JsonObject)Reversed(document)!);

        Assert.True(rule.Length > 0);
        Assert.Equal([new ValidationProblem(pointer, message)], result.Problems);
    }

    [Fact]
    public void A_valid_certificate_stays_valid_with_its_members_in_reverse()
    {
        Assert.True(DocumentValidator.Validate(Certificate()).IsValid);
        Assert.True(DocumentValidator.Validate((JsonObject)Reversed(Certificate())!).IsValid);
    }

    private static JsonNode? Reversed(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Reverse().Select(member => KeyValuePair.Create(member.Key, Reversed(member.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Reversed)]),
        _ => node?.DeepClone(),
    };

    [Fact]
    public void Goods_shipped_before_issue_need_a_retrospective_certificate()
    {
        var document = Certificate();
        Set(document, "/body/transport/departureDate", "\"2026-11-20\"");

        Assert.Equal(
            [new ValidationProblem("/body/issuedRetrospectively", "must be true: the goods left on 2026-11-20, before the issue date 2026-11-22")],
            DocumentValidator.Validate(document).Problems);
    }

    [Fact]
    public void A_certificate_issued_retrospectively_may_follow_the_departure()
    {
        var document = Certificate();
        Set(document, "/body/transport/departureDate", "\"2026-11-20\"");
        Set(document, "/body/issuedRetrospectively", "true");

        Assert.True(DocumentValidator.Validate(document).IsValid);
    }

    [Fact]
    public void An_invoice_dated_after_the_certification_is_refused()
    {
        var document = Certificate();
        Set(document, "/body/certification/date", "\"2026-11-15\"");
        Set(document, "/body/invoice/date", "\"2026-11-16\"");

        Assert.Equal(
            [new ValidationProblem("/body/invoice/date", "is 2026-11-16, after the certification date 2026-11-15; a certificate can only refer to an existing invoice")],
            DocumentValidator.Validate(document).Problems);
    }

    [Fact]
    public void Several_broken_rules_are_all_reported_in_one_exception()
    {
        var document = Certificate();
        Set(document, "/body/items/0/hsCode", "\"12\"");
        Set(document, "/body/items/2/originCountry", "\"ZZ\"");
        Set(document, "/issuer/name", "\"\"");

        var error = Assert.Throws<DocumentValidationException>(() => DocumentValidator.Validate(document).ThrowIfInvalid());

        Assert.Equal(["/issuer/name", "/body/items/0/hsCode", "/body/items/2/originCountry"], error.Problems.Select(p => p.Pointer));
        Assert.Equal(4, error.Message.Split(Environment.NewLine).Length);
    }

    public static TheoryData<string, string?, string, string> InvoiceRules => new()
    {
        { "/body/currency", "\"EURO\"", "/body/currency", "'EURO' is not an active ISO 4217 currency code; expected three upper-case letters such as EUR, USD or CLP" },
        { "/body/currency", "\"HRK\"", "/body/currency", "'HRK' is not an active ISO 4217 currency code; expected three upper-case letters such as EUR, USD or CLP" },
        { "/body/incoterm/rule", "\"FOB2020\"", "/body/incoterm/rule", "'FOB2020' is not allowed; expected one of: EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF" },
        { "/body/lines/0/unitPrice", "0", "/body/lines/0/unitPrice", "must be greater than zero, got 0" },
        { "/body/totals/freight", "-1", "/body/totals/freight", "must not be negative, got -1" },
        { "/body/date", "\"2026-12-01\"", "/body/date", "2026-12-01 is after the issue date 2026-11-22" },
        { "/body/seller/name", null, "/body/seller/name", "is required but missing" },
    };

    [Theory]
    [MemberData(nameof(InvoiceRules))]
    public void An_invoice_rule_broken_alone_is_reported_with_its_pointer(string pointer, string? json, string expectedPointer, string message)
    {
        var document = Invoice();
        Set(document, pointer, json);

        Assert.Equal([new ValidationProblem(expectedPointer, message)], DocumentValidator.Validate(document).Problems);
    }

    [Fact]
    public void A_line_amount_that_is_not_quantity_times_price_is_refused()
    {
        var document = Invoice();
        var line = document["body"]!["lines"]![0]!;
        var quantity = line["quantity"]!["value"]!.GetValue<decimal>();
        var price = line["unitPrice"]!.GetValue<decimal>();
        var amount = line["amount"]!.GetValue<decimal>();
        line["amount"] = amount + 1;

        var problem = Assert.Single(DocumentValidator.Validate(document).Problems);

        Assert.Equal("/body/lines/0/amount", problem.Pointer);
        Assert.Equal($"is {amount + 1} but quantity {quantity} × unit price {price} = {amount} USD (rounded to 2 decimals)", problem.Message);
    }

    [Fact]
    public void Totals_that_do_not_add_up_are_refused()
    {
        var document = Invoice();
        var totals = document["body"]!["totals"]!;
        var lines = totals["lines"]!.GetValue<decimal>();
        totals["lines"] = lines - 0.01m;

        var problem = Assert.Single(DocumentValidator.Validate(document).Problems);

        Assert.Equal(new ValidationProblem("/body/totals/lines", $"is {lines - 0.01m} but the line amounts add up to {lines}"), problem);
    }

    [Fact]
    public void A_total_that_is_not_lines_plus_charges_is_refused()
    {
        var document = Invoice();
        var totals = document["body"]!["totals"]!;
        var total = totals["total"]!.GetValue<decimal>();
        totals["total"] = total + 10;

        Assert.Equal(
            [new ValidationProblem("/body/totals/total", $"is {total + 10} but lines + freight + insurance = {total}")],
            DocumentValidator.Validate(document).Problems);
    }

    [Fact]
    public void Amounts_in_yen_are_rounded_to_whole_units()
    {
        Assert.Equal(1235m, InvoiceLine.AmountOf(3, 411.5m, CurrencyCode.Parse("JPY")));
        Assert.Equal(1.235m, InvoiceLine.AmountOf(1, 1.2345m, CurrencyCode.Parse("KWD")));
    }

    public static TheoryData<string, string, string?, string> OtherTypeRules => new()
    {
        { "origin-declaration", "/body/kind", "\"declaration\"", "'declaration' is not allowed; expected one of: origin-declaration, supplier-declaration" },
        { "origin-declaration", "/body/period/to", "\"2025-12-31\"", "2025-12-31 is before the start 2026-01-01" },
        { "origin-declaration", "/body/period/to", "\"2028-01-01\"", "2028-01-01 makes the period longer than 24 months from 2026-01-01" },
        { "origin-declaration", "/body/date", "\"2026-11-30\"", "2026-11-30 is after the issue date 2026-11-22" },
        { "origin-declaration", "/body/items", "[]", "must list at least one entry" },
        { "phytosanitary-certificate", "/body/products/0/botanicalName", "\"grapes\"", "'grapes' is not a botanical name; expected at least genus and species, the genus capitalised, such as Vitis vinifera" },
        { "phytosanitary-certificate", "/body/inspectionDate", "\"2026-11-25\"", "2026-11-25 is after the issue date 2026-11-22; a certificate attests an inspection already made" },
        { "phytosanitary-certificate", "/body/treatment/date", "\"2026-11-23\"", "2026-11-23 is after the issue date 2026-11-22" },
        { "phytosanitary-certificate", "/body/exportingNppo/country", "\"Chile\"", "'Chile' is not an ISO 3166-1 alpha-2 country code; expected two upper-case letters such as CL, DE or US" },
    };

    [Theory]
    [MemberData(nameof(OtherTypeRules))]
    public void A_declaration_or_phytosanitary_rule_broken_alone_is_reported(string type, string pointer, string? json, string message)
    {
        var document = type == "origin-declaration" ? Sample(g => g.OriginDeclaration()) : Sample(g => g.PhytosanitaryCertificate());
        Set(document, pointer, json);

        Assert.Equal([new ValidationProblem(pointer, message)], DocumentValidator.Validate(document).Problems);
    }

    [Fact]
    public void A_custom_type_gets_the_envelope_rules_only()
    {
        var document = Certificate();
        document["type"] = "packing-list";
        document["body"] = new JsonObject { ["anything"] = new JsonArray(1, "two") };

        Assert.True(DocumentValidator.Validate(document).IsValid);
    }

    [Fact]
    public void Typed_reading_refuses_a_body_that_breaks_a_rule()
    {
        var document = Certificate();
        Set(document, "/body/items/0/hsCode", "\"0806.10\"");

        var error = Assert.Throws<DocumentValidationException>(() => TradeDocument.FromJson(document).ReadBody<CertificateOfOrigin>());

        Assert.Equal("/body/items/0/hsCode", Assert.Single(error.Problems).Pointer);
    }

    [Fact]
    public void Typed_reading_names_a_redacted_member_once()
    {
        var document = Certificate();
        Set(document, "/body/importer", "{\"$redacted\":[\"0x" + new string('1', 64) + "\"]}");

        var error = Assert.Throws<DocumentValidationException>(() => TradeDocument.FromJson(document).ReadBody<CertificateOfOrigin>());

        Assert.Equal(new ValidationProblem("/body/importer", "is redacted; a typed reading needs the disclosed value"), Assert.Single(error.Problems));
    }

    [Fact]
    public void Typed_reading_refuses_a_reserved_member_name()
    {
        var document = Certificate();
        Set(document, "/body/items/0/$note", "1");

        var error = Assert.Throws<DocumentValidationException>(() => CertificateOfOrigin.FromJson(document["body"]!.AsObject()));

        Assert.Equal("/body/items/0/$note", Assert.Single(error.Problems).Pointer);
    }

    [Fact]
    public void A_custom_type_may_not_use_reserved_names_either()
    {
        var document = Certificate();
        document["type"] = "packing-list";
        document["body"] = new JsonObject { ["$schema"] = "x" };

        Assert.Equal(
            [new ValidationProblem("/body/$schema", "member names beginning with $ are reserved for redaction markers; rename it")],
            DocumentValidator.Validate(document).Problems);
    }

    [Fact]
    public void Hs_code_parse_normalises_what_people_type()
    {
        Assert.Equal("0806100010", HsCode.Parse("0806.10.00 10").Digits);
        Assert.Equal(8, HsCode.Parse("0806.10").Chapter);
        Assert.Throws<FormatException>(() => HsCode.Parse("0806.1"));
    }

    /// <summary>A valid certificate issued on 2026-11-22 whose dates sit on or before that day.</summary>
    private static JsonObject Certificate()
    {
        var document = Sample(g => g.CertificateOfOrigin());
        Set(document, "/body/transport/departureDate", "\"2026-11-24\"");
        Set(document, "/body/invoice/date", "\"2026-11-18\"");
        Set(document, "/body/certification/date", "\"2026-11-22\"");
        return document;
    }

    private static JsonObject Invoice() => Sample(g => g.CommercialInvoice());

    /// <summary>The first sample of a kind from seed 1337 (all are issued on 2026-11-22), checked valid.</summary>
    private static JsonObject Sample(Func<SampleDocumentGenerator, TradeDocument> make)
    {
        var document = make(new SampleDocumentGenerator(1337));
        Assert.Equal(new DateOnly(2026, 11, 22), DateOnly.FromDateTime(document.IssuedAt.UtcDateTime));
        Assert.True(DocumentValidator.Validate(document).IsValid);
        return document.ToJson();
    }

    /// <summary>Sets (or with null JSON, removes) the member at a simple pointer without escapes.</summary>
    private static void Set(JsonObject document, string pointer, string? json)
    {
        var parts = pointer.Split('/')[1..];
        JsonNode parent = document;
        foreach (var part in parts[..^1])
        {
            parent = int.TryParse(part, out var index) ? parent[index]! : parent[part]!;
        }

        var parentObject = parent.AsObject();
        if (json is null)
        {
            parentObject.Remove(parts[^1]);
        }
        else
        {
            parentObject[parts[^1]] = JsonNode.Parse(json);
        }
    }
}
