using System.Text;
using ProvenanceLedger.Sdk.Documents;

namespace ProvenanceLedger.Sdk.Tests.Model;

/// <summary>
/// The UTF-8 code parsers validation reads with (no string per value) may only ever accept what the string parsers
/// accept, with the same value; and they must decide the usual values themselves, or they save nothing.
/// </summary>
public sealed class Utf8CodeParserTests
{
    private const string Mutations = "0123456789-:TZ .xAaé";

    [Fact]
    public void Dates_on_utf8_agree_with_the_string_reader()
    {
        var texts = Mutated(["2026-11-22", "2024-02-29", "2023-02-29", "0001-01-01", "0000-01-01", "9999-12-31", "2026-13-01", "2026-1-01", "2026-11-22 "]);
        var decided = Agree<DateOnly>(texts, CalendarDate.TryParse, CalendarDate.TryParse);
        Assert.True(decided > texts.Count / 10, $"only {decided} of {texts.Count} dates were decided on their UTF-8");
        Assert.True(CalendarDate.TryParse("2024-02-29"u8, false, out var leap) && leap == new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void Issue_times_on_utf8_agree_with_the_string_reader()
    {
        var texts = Mutated(["2026-11-22T10:00:00Z", "2026-11-22T23:59:59Z", "2026-11-22T24:00:00Z", "2026-11-22T10:00:60Z", "2026-11-22T10:00:00.5Z", "2026-11-22t10:00:00z"]);
        var decided = Agree<DateTimeOffset>(texts, IssueTime.TryParse, IssueTime.TryParse);
        Assert.True(decided > texts.Count / 20, $"only {decided} of {texts.Count} times were decided on their UTF-8");
    }

    [Fact]
    public void Country_and_currency_codes_on_utf8_agree_and_share_the_lists_strings()
    {
        var pairs = new List<string>();
        var triples = new List<string>();
        for (var a = 'A'; a <= 'Z'; a++)
        {
            for (var b = 'A'; b <= 'Z'; b++)
            {
                pairs.Add($"{a}{b}");
                for (var c = 'A'; c <= 'Z'; c++)
                {
                    triples.Add($"{a}{b}{c}");
                }
            }
        }

        pairs.AddRange(["cl", "Cl", "ÄB", "C", "CHL", ""]);
        triples.AddRange(["eur", "EU", "EURO", "ÉUR"]);
        // Every listed code is among the generated pairs and triples (the lists' sizes are pinned in CodeTests).
        Assert.Equal(CountryCodeList.All.Count, Agree<CountryCode>(pairs, CountryCode.TryParse, CountryCode.TryParse));
        Assert.Equal(CurrencyCodeList.All.Count, Agree<CurrencyCode>(triples, CurrencyCode.TryParse, CurrencyCode.TryParse));
        Assert.True(CountryCode.TryParse("CL"u8, false, out var chile));
        Assert.Same(CountryCodeList.All.Single(code => code == "CL"), chile.Value);
    }

    [Fact]
    public void Hs_codes_and_origin_criteria_are_only_checked_on_utf8_when_the_value_is_thrown_away()
    {
        var hs = Mutated(["080610", "08061000", "0806100000", "000000", "980000", "97123456", "0806.10", "08061"]);
        Assert.Equal(0, Agree<HsCode>(hs, HsCode.TryParseExact, HsCode.TryParseExact));
        var decided = Agree<HsCode>(hs, HsCode.TryParseExact, HsCode.TryParseExact, standIn: true);
        Assert.True(decided > hs.Count / 10, $"only {decided} of {hs.Count} HS codes were decided on their UTF-8");

        var criteria = Mutated(["WO", "PE", "PSR", "CTC", "A", "ABCDE", "wo", ""]);
        Assert.Equal(3, Agree<OriginCriterion>(["WO", "PE", "PSR", "CTC", "A"], OriginCriterion.TryParse, OriginCriterion.TryParse));
        Assert.True(Agree<OriginCriterion>(criteria, OriginCriterion.TryParse, OriginCriterion.TryParse, standIn: true) >= 5);
    }

    [Fact]
    public void Wire_names_and_document_types_on_utf8_agree_with_the_string_readers()
    {
        string[] modes = ["sea", "air", "road", "rail", "multimodal", "Sea", "sea ", "SEA", "ship", ""];
        Assert.Equal(5, Agree<TransportMode>(modes, WireNames<TransportMode>.TryParse, WireNames<TransportMode>.TryParse));
        string[] types = ["certificate-of-origin", "origin-declaration", "commercial-invoice", "phytosanitary-certificate", "packing-list", "Certificate-of-origin"];
        Assert.Equal(4, Agree<DocumentType>(types, DocumentType.TryParse, DocumentType.TryParse));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" \t\r\n", true)]
    [InlineData(" a ", false)]
    [InlineData("\u00a0", null)]
    [InlineData("\u00a0x", false)]
    [InlineData("é", null)]
    public void Blank_text_is_decided_on_utf8_only_when_ascii_decides_it(string text, bool? blank)
    {
        Assert.Equal(blank, Utf8Text.IsBlank(Encoding.UTF8.GetBytes(text)));
        if (blank is { } decided)
        {
            Assert.Equal(string.IsNullOrWhiteSpace(text), decided);
        }
    }

    // Every text accepted on its UTF-8 is accepted by the string parser, with the same value unless a stand-in was
    // asked for; returns how many were accepted on their UTF-8.
    private static int Agree<T>(IReadOnlyList<string> texts, Utf8TryParser<T> utf8Parser, TryParser<T> stringParser, bool standIn = false)
    {
        var decided = 0;
        foreach (var text in texts)
        {
            if (!utf8Parser(Encoding.UTF8.GetBytes(text), standIn, out var fromUtf8))
            {
                continue;
            }

            decided++;
            Assert.True(stringParser(text, out var fromString), $"'{text}' was accepted on its UTF-8 but not as a string");
            if (!standIn)
            {
                Assert.Equal(fromString, fromUtf8);
            }
        }

        return decided;
    }

    // The seeds, and each with one or two characters replaced, deterministically.
    private static List<string> Mutated(string[] seeds)
    {
        var random = new Random(1337);
        var texts = new List<string>(seeds);
        foreach (var seed in seeds.Where(s => s.Length > 0))
        {
            for (var n = 0; n < 200; n++)
            {
                var chars = seed.ToCharArray();
                for (var k = random.Next(1, 3); k > 0; k--)
                {
                    chars[random.Next(chars.Length)] = Mutations[random.Next(Mutations.Length)];
                }

                texts.Add(new string(chars));
            }
        }

        return texts;
    }
}
