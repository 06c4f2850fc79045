using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>One line of goods on a certificate of origin.</summary>
public sealed record ConsignmentItem
{
    /// <summary>The line number: 1 for the first item, then 2, 3, ...</summary>
    public required int Line { get; init; }

    /// <summary>The goods' HS code.</summary>
    public required HsCode HsCode { get; init; }

    /// <summary>Trade description of the goods.</summary>
    public required string Description { get; init; }

    /// <summary>How much.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>Where the goods originate.</summary>
    public required CountryCode OriginCountry { get; init; }

    /// <summary>Why they originate there: WO (wholly obtained), PE (produced from originating materials), PSR (product-specific rule), or the agreement's own letter.</summary>
    public required OriginCriterion OriginCriterion { get; init; }

    /// <summary>Marks and numbers on the packages.</summary>
    public string? Marks { get; init; }

    /// <summary>Gross weight, when declared.</summary>
    public Quantity? GrossWeight { get; init; }

    internal JsonObject ToJson() => new JsonObject()
        .With("line", Line)
        .With("hsCode", HsCode.Digits)
        .With("description", Description)
        .With("quantity", Quantity.ToJson())
        .With("originCountry", OriginCountry.Value)
        .With("originCriterion", OriginCriterion.Code)
        .With("marks", Marks)
        .With("grossWeight", GrossWeight?.ToJson());

    internal static ConsignmentItem? Read(JsonFieldReader reader, int index)
    {
        var line = reader.LineNumber(index);
        var hsCode = reader.Hs("hsCode");
        var description = reader.Text("description");
        var quantity = reader.Object("quantity", Quantity.Read);
        var origin = reader.Country("originCountry");
        var criterion = reader.Parsed<OriginCriterion>("originCriterion", OriginCriterion.TryParse, OriginCriterion.TryParse, OriginCriterion.Expectation);
        var marks = reader.Text("marks", required: false);
        var grossWeight = reader.Object("grossWeight", Quantity.Read, required: false);
        return line is null || hsCode is null || description is null || quantity is null || origin is null || criterion is null
            ? null
            : new ConsignmentItem
            {
                Line = line.Value,
                HsCode = hsCode.Value,
                Description = description,
                Quantity = quantity,
                OriginCountry = origin.Value,
                OriginCriterion = criterion.Value,
                Marks = marks,
                GrossWeight = grossWeight,
            };
    }
}
