using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Which declaration an <see cref="OriginDeclaration"/> is; written in kebab-case.</summary>
public enum DeclarationKind
{
    /// <summary>An exporter's statement on origin (invoice declaration, statement on origin).</summary>
    OriginDeclaration,

    /// <summary>A supplier's declaration to the producer or exporter about the goods it supplies.</summary>
    SupplierDeclaration,
}

/// <summary>
/// The body of an origin declaration or supplier's declaration: the declarant states the origin of the
/// goods listed; a long-term declaration covers the shipments within <see cref="Period"/>.
/// </summary>
/// <remarks>
/// Rules: the declaration date is on or before the issue date; a period runs forward and covers at most
/// two years, the longest term the common long-term supplier's declaration rules allow.
/// </remarks>
public sealed record OriginDeclaration : ITradeDocumentBody<OriginDeclaration>
{
    /// <summary>Origin declaration or supplier's declaration.</summary>
    public required DeclarationKind Kind { get; init; }

    /// <summary>Who declares (exporter or supplier).</summary>
    public required Party Declarant { get; init; }

    /// <summary>To whom (importer, or the customer of a supplier), when named.</summary>
    public Party? Recipient { get; init; }

    /// <summary>The goods, numbered 1, 2, 3 in order.</summary>
    public required IReadOnlyList<DeclaredGoods> Items { get; init; }

    /// <summary>For a long-term declaration: the shipments it covers.</summary>
    public DeclarationPeriod? Period { get; init; }

    /// <summary>Place of the declaration.</summary>
    public required string Place { get; init; }

    /// <summary>Date of the declaration.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Name of the person who signs.</summary>
    public required string Signatory { get; init; }

    /// <inheritdoc />
    public static DocumentType DocumentType => DocumentType.OriginDeclaration;

    /// <inheritdoc />
    public DocumentType Type => DocumentType.OriginDeclaration;

    /// <inheritdoc />
    public JsonObject ToJson() => new JsonObject()
        .With("kind", WireNames<DeclarationKind>.Of(Kind))
        .With("declarant", Declarant.ToJson())
        .With("recipient", Recipient?.ToJson())
        .With("items", Items.ToJsonArray(i => i.ToJson()))
        .With("period", Period?.ToJson())
        .With("place", Place)
        .With("date", Date)
        .With("signatory", Signatory);

    /// <inheritdoc />
    public static OriginDeclaration FromJson(JsonObject body) => BodyReading.FromJson<OriginDeclaration>(body, Read);

    internal static OriginDeclaration? Read(JsonFieldReader reader, DateOnly? issuedOn)
    {
        var kind = reader.Enum<DeclarationKind>("kind");
        var declarant = reader.Object("declarant", Party.Read);
        var recipient = reader.Object("recipient", Party.Read, required: false);
        var items = reader.Array("items", DeclaredGoods.Read);
        var period = reader.Object("period", DeclarationPeriod.Read, required: false);
        var place = reader.Text("place");
        var date = reader.Date("date");
        var signatory = reader.Text("signatory");
        if (date is { } declared && issuedOn is { } issued && declared > issued)
        {
            reader.Report("date", $"{CalendarDate.Format(declared)} is after the issue date {CalendarDate.Format(issued)}");
        }

        return kind is null || declarant is null || items is null || place is null || date is null || signatory is null
            ? null
            : new OriginDeclaration
            {
                Kind = kind.Value,
                Declarant = declarant,
                Recipient = recipient,
                Items = items,
                Period = period,
                Place = place,
                Date = date.Value,
                Signatory = signatory,
            };
    }
}
