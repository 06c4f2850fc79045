using System.Globalization;
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

    // Dates and issue times have one hand-written reader for strings and UTF-8 alike, so the framework's own
    // parse of the same pattern is the reference both entry points are held to, on every text, both ways.
    [Fact]
    public void Dates_from_strings_and_utf8_read_as_the_framework_reads_the_pattern()
    {
        var texts = Mutated(["2026-11-22", "2024-02-29", "2023-02-29", "0001-01-01", "0000-01-01", "9999-12-31", "2026-13-01", "2026-1-01", "2026-11-22 "]);
        var accepted = 0;
        foreach (var text in texts)
        {
            var valid = DateOnly.TryParseExact(text, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reference);
            Assert.True(valid == CalendarDate.TryParse(text, out var fromString), $"'{text}' as a string");
            Assert.True(valid == CalendarDate.TryParse(Encoding.UTF8.GetBytes(text), false, out var fromUtf8), $"'{text}' on its UTF-8");
            Assert.Equal(reference, fromString);
            Assert.Equal(reference, fromUtf8);
            accepted += valid ? 1 : 0;
        }

        Assert.Equal(220, accepted);
    }

    [Fact]
    public void Issue_times_from_strings_and_utf8_read_exactly_the_texts_the_writer_writes()
    {
        var texts = Mutated([
            "2026-11-22T10:00:00Z", "2026-11-22T23:59:59Z", "2026-11-22T24:00:00Z", "2026-11-22T10:00:60Z", "2026-11-22t10:00:00z",
            "2026-11-22T10:00:00.5Z", "2026-11-22T10:00:00.25Z", "2026-11-22T10:00:00.1234567Z", "2026-11-22T10:00:00.50Z",
            "2026-11-22T10:00:00.0Z", "2026-11-22T10:00:00.12345678Z", "2024-02-29T00:00:00Z", "9999-12-31T23:59:59.9999999Z"]);
        var accepted = 0;
        foreach (var text in texts)
        {
            var valid = DateTimeOffset.TryParseExact(text, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var reference) && IssueTime.Format(reference) == text;
            Assert.True(valid == IssueTime.TryParse(text, out var fromString), $"'{text}' as a string");
            Assert.True(valid == IssueTime.TryParse(Encoding.UTF8.GetBytes(text), false, out var fromUtf8), $"'{text}' on its UTF-8");
            Assert.Equal(valid ? reference : default, fromString);
            Assert.Equal(valid ? reference : default, fromUtf8);
            Assert.Equal(TimeSpan.Zero, fromString.Offset);
            accepted += valid ? 1 : 0;
        }

        Assert.Equal(260, accepted);
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
