using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>One line of goods in an origin or supplier's declaration.</summary>
public sealed record DeclaredGoods
{
    /// <summary>The line number: 1 for the first, then 2, 3, ...</summary>
    public required int Line { get; init; }

    /// <summary>The goods' HS code.</summary>
    public required HsCode HsCode { get; init; }

    /// <summary>Trade description.</summary>
    public required string Description { get; init; }

    /// <summary>Where the goods originate.</summary>
    public required CountryCode OriginCountry { get; init; }

    /// <summary>The origin criterion met.</summary>
    public required OriginCriterion OriginCriterion { get; init; }

    internal JsonObject ToJson() => new JsonObject()
        .With("line", Line)
        .With("hsCode", HsCode.Digits)
        .With("description", Description)
        .With("originCountry", OriginCountry.Value)
        .With("originCriterion", OriginCriterion.Code);

    internal static DeclaredGoods? Read(JsonFieldReader reader, int index)
    {
        var line = reader.LineNumber(index);
        var hsCode = reader.Hs("hsCode");
        var description = reader.Text("description");
        var origin = reader.Country("originCountry");
        var criterion = reader.Parsed<OriginCriterion>("originCriterion", OriginCriterion.TryParse, OriginCriterion.TryParse, OriginCriterion.Expectation);
        return line is null || hsCode is null || description is null || origin is null || criterion is null
            ? null
            : new DeclaredGoods { Line = line.Value, HsCode = hsCode.Value, Description = description, OriginCountry = origin.Value, OriginCriterion = criterion.Value };
    }
}
