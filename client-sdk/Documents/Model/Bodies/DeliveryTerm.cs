using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>An Incoterms rule with its named place ("FOB Valparaíso").</summary>
/// <param name="Rule">The Incoterms 2020 rule.</param>
/// <param name="Place">The named place or port.</param>
public sealed record DeliveryTerm(Incoterm Rule, string Place)
{
    internal JsonObject ToJson() => new JsonObject().With("rule", WireNames<Incoterm>.Of(Rule)).With("place", Place);

    internal static DeliveryTerm? Read(JsonFieldReader reader)
    {
        var rule = reader.Enum<Incoterm>("rule");
        var place = reader.Text("place");
        return rule is null || place is null ? null : new DeliveryTerm(rule.Value, place);
    }
}
