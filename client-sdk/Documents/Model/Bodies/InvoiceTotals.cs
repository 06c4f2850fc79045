using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>An invoice's totals: the sum of the lines, the charges, and the total to pay.</summary>
public sealed record InvoiceTotals
{
    /// <summary>Sum of the line amounts.</summary>
    public required decimal Lines { get; init; }

    /// <summary>Freight charged, when any.</summary>
    public decimal? Freight { get; init; }

    /// <summary>Insurance charged, when any.</summary>
    public decimal? Insurance { get; init; }

    /// <summary>Lines + freight + insurance.</summary>
    public required decimal Total { get; init; }

    internal JsonObject ToJson() => new JsonObject()
        .With("lines", Lines)
        .With("freight", Freight)
        .With("insurance", Insurance)
        .With("total", Total);

    internal static InvoiceTotals? Read(JsonFieldReader reader, IReadOnlyList<InvoiceLine>? lines)
    {
        var before = reader.ProblemCount;
        var sum = reader.Number("lines", rule: NumberRule.Positive);
        var freight = reader.Number("freight", required: false, rule: NumberRule.NotNegative);
        var insurance = reader.Number("insurance", required: false, rule: NumberRule.NotNegative);
        var total = reader.Number("total", rule: NumberRule.Positive);
        if (reader.ProblemCount != before || sum is null || total is null)
        {
            return null;
        }

        if (lines is not null)
        {
            var expected = lines.Sum(l => l.Amount);
            if (sum != expected)
            {
                reader.Report("lines", $"is {InvoiceLine.Show(sum.Value)} but the line amounts add up to {InvoiceLine.Show(expected)}");
                return null;
            }
        }

        var expectedTotal = sum.Value + (freight ?? 0) + (insurance ?? 0);
        if (total != expectedTotal)
        {
            reader.Report("total", $"is {InvoiceLine.Show(total.Value)} but lines + freight + insurance = {InvoiceLine.Show(expectedTotal)}");
            return null;
        }

        return new InvoiceTotals { Lines = sum.Value, Freight = freight, Insurance = insurance, Total = total.Value };
    }
}
