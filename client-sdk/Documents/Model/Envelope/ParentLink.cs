using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>An edge of the provenance graph: the parent's document hash and how this document relates to it.</summary>
/// <param name="Hash">The parent's document hash (FORMAT.md section 3).</param>
/// <param name="Relation">The relation, written as its kebab-case wire name.</param>
public sealed record ParentLink(Hash32 Hash, ParentRelation Relation)
{
    /// <summary>The relation as written in documents ("derived-from", "supersedes", "supports").</summary>
    public string RelationName => WireNames<ParentRelation>.Of(Relation);
}
