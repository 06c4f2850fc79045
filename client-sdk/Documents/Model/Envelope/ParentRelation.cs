namespace ProvenanceLedger.Sdk.Documents;

/// <summary>How a document relates to a parent; written in kebab-case ("derived-from").</summary>
public enum ParentRelation
{
    /// <summary>This document is derived from the parent (a certificate from a supplier declaration).</summary>
    DerivedFrom,

    /// <summary>This document replaces the parent, which should no longer be relied on.</summary>
    Supersedes,

    /// <summary>The parent supports this document (an invoice supporting a certificate).</summary>
    Supports,
}
