using ProvenanceLedger.Sdk.Documents;

namespace ProvenanceLedger.Sdk.Tests.Model;

public sealed class CodeTests
{
    [Theory]
    [InlineData("CL", true)]
    [InlineData("AX", true)]
    [InlineData("SS", true)]
    [InlineData("XK", false)]
    [InlineData("EU", false)]
    [InlineData("UK", false)]
    [InlineData("cl", false)]
    [InlineData("CHL", false)]
    public void Country_codes_are_the_assigned_alpha_2_codes(string text, bool assigned)
    {
        Assert.Equal(assigned, CountryCode.TryParse(text, out _));
    }

    [Fact]
    public void The_embedded_lists_have_the_official_sizes()
    {
        Assert.Equal(249, CountryCodeList.All.Count);
        Assert.Equal(178, CurrencyCodeList.All.Count);
    }

    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KWD", 3)]
    [InlineData("CLF", 4)]
    public void Currency_minor_units(string code, int digits)
    {
        Assert.Equal(digits, CurrencyCode.Parse(code).MinorUnits);
    }

    [Theory]
    [InlineData("XTS")]
    [InlineData("HRK")]
    [InlineData("usd")]
    public void Test_withdrawn_and_lower_case_currencies_are_refused(string code)
    {
        Assert.False(CurrencyCode.TryParse(code, out _));
    }

    [Theory]
    [InlineData("certificate-of-origin", true)]
    [InlineData("packing-list-2", true)]
    [InlineData("Packing-List", false)]
    [InlineData("packing--list", false)]
    [InlineData("-packing", false)]
    [InlineData("packing_list", false)]
    [InlineData("", false)]
    public void Document_type_names_are_kebab_case(string name, bool valid)
    {
        Assert.Equal(valid, DocumentType.TryParse(name, out _));
    }

    [Fact]
    public void Relations_and_modes_have_their_wire_names()
    {
        Assert.Equal(["derived-from", "supersedes", "supports"], Enum.GetValues<ParentRelation>().Select(r => new ParentLink(default, r).RelationName));
        Assert.Equal("sea, air, road, rail, multimodal", WireNames<TransportMode>.Listing);
        Assert.Equal("origin-declaration, supplier-declaration", WireNames<DeclarationKind>.Listing);
        Assert.Equal("CIF", WireNames<Incoterm>.Of(Incoterm.CIF));
    }
}
