namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Builds an <see cref="OriginDeclaration"/>, numbering the goods as they are added.</summary>
/// <param name="kind">Origin declaration or supplier's declaration.</param>
public sealed class OriginDeclarationBuilder(DeclarationKind kind)
{
    private readonly List<DeclaredGoods> _items = [];
    private Party? _declarant;
    private Party? _recipient;
    private DeclarationPeriod? _period;
    private (string Place, DateOnly Date, string Signatory)? _signature;

    /// <summary>Sets who declares.</summary>
    public OriginDeclarationBuilder Declarant(Party declarant)
    {
        _declarant = declarant;
        return this;
    }

    /// <summary>Sets to whom the declaration is made.</summary>
    public OriginDeclarationBuilder Recipient(Party recipient)
    {
        _recipient = recipient;
        return this;
    }

    /// <summary>Adds the next goods line.</summary>
    public OriginDeclarationBuilder AddGoods(HsCode hsCode, string description, CountryCode originCountry, OriginCriterion originCriterion)
    {
        _items.Add(new DeclaredGoods { Line = _items.Count + 1, HsCode = hsCode, Description = description, OriginCountry = originCountry, OriginCriterion = originCriterion });
        return this;
    }

    /// <summary>Makes it a long-term declaration covering shipments from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public OriginDeclarationBuilder Covering(DateOnly from, DateOnly to)
    {
        _period = new DeclarationPeriod(from, to);
        return this;
    }

    /// <summary>Sets where, when and by whom it is signed.</summary>
    public OriginDeclarationBuilder SignedBy(string signatory, string place, DateOnly date)
    {
        _signature = (place, date, signatory);
        return this;
    }

    /// <summary>The declaration body; throws <see cref="DocumentValidationException"/> listing every missing part or broken rule.</summary>
    public OriginDeclaration Build()
    {
        new MissingParts()
            .Require(_declarant, "declarant", nameof(Declarant))
            .RequireAny(_items, "items", nameof(AddGoods))
            .Require(_signature, "signatory", nameof(SignedBy))
            .ThrowIfAny();
        var signature = _signature!.Value;
        var body = new OriginDeclaration
        {
            Kind = kind,
            Declarant = _declarant!,
            Recipient = _recipient,
            Items = [.. _items],
            Period = _period,
            Place = signature.Place,
            Date = signature.Date,
            Signatory = signature.Signatory,
        };
        return OriginDeclaration.FromJson(body.ToJson());
    }
}
