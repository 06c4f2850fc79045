using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// Builds the envelope around a typed or custom body: id, issue time and the provenance links.
/// <see cref="Build"/> runs <see cref="DocumentValidator"/>, so what it returns is ready to issue.
/// </summary>
/// <param name="issuer">Who issues the documents this builder makes.</param>
public sealed class TradeDocumentBuilder(DocumentIssuer issuer)
{
    private readonly List<ParentLink> _parents = [];
    private string? _id;
    private DateTimeOffset? _issuedAt;

    /// <summary>Sets the issuer's reference for the document.</summary>
    public TradeDocumentBuilder Id(string id)
    {
        _id = id;
        return this;
    }

    /// <summary>Sets the issue time (converted to UTC).</summary>
    public TradeDocumentBuilder IssuedAt(DateTimeOffset issuedAt)
    {
        _issuedAt = issuedAt;
        return this;
    }

    /// <summary>Links a parent this document is derived from (a supplier's declaration).</summary>
    public TradeDocumentBuilder DerivedFrom(Hash32 parent) => Link(parent, ParentRelation.DerivedFrom);

    /// <summary>Links the document this one replaces.</summary>
    public TradeDocumentBuilder Supersedes(Hash32 parent) => Link(parent, ParentRelation.Supersedes);

    /// <summary>Links a document that supports this one (an invoice behind a certificate).</summary>
    public TradeDocumentBuilder SupportedBy(Hash32 parent) => Link(parent, ParentRelation.Supports);

    /// <summary>The document; throws <see cref="DocumentValidationException"/> listing every problem of the envelope and body.</summary>
    public TradeDocument Build(ITradeDocumentBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (_id is null || _issuedAt is null)
        {
            var problems = new List<ValidationProblem>();
            if (_id is null)
            {
                problems.Add(new ValidationProblem("/id", "is required but missing; call Id"));
            }

            if (_issuedAt is null)
            {
                problems.Add(new ValidationProblem("/issuedAt", "is required but missing; call IssuedAt"));
            }

            throw new DocumentValidationException(problems);
        }

        var document = TradeDocument.Create(body, _id, issuer, _issuedAt.Value, _parents);
        DocumentValidator.Validate(document).ThrowIfInvalid();
        return document;
    }

    private TradeDocumentBuilder Link(Hash32 parent, ParentRelation relation)
    {
        _parents.Add(new ParentLink(parent, relation));
        return this;
    }
}
