using System.Text;
using LiteDB;
using ProvenanceLedger.Node.Store;

namespace ProvenanceLedger.Node.Tests.Support;

/// <summary>
/// Every stored document of an index as text, in key order, to compare two stores for identity. Blocks
/// without logs (range ends kept for reorg detection, which depend on how ranges fell) and the identity's
/// creation time are left out; everything derived from the chain is in.
/// </summary>
internal static class StoreDump
{
    public static string Of(LedgerDatabase database)
    {
        var text = new StringBuilder();
        Append(text, "raw_blocks", database.RawBlocks.FindAll());
        Append(text, "blocks", database.Blocks.FindAll().Where(b => b.LogCount > 0));
        Append(text, "batches", database.Batches.FindAll());
        Append(text, "revocations", database.Revocations.FindAll());
        Append(text, "supersessions", database.Supersessions.FindAll());
        Append(text, "decisions", database.Decisions.FindAll());
        Append(text, "accreditations", database.Accreditations.FindAll());
        Append(text, "customs_authorities", database.CustomsAuthorities.FindAll());
        Append(text, "checkpoint", database.Checkpoint.FindAll());
        return text.ToString();
    }

    private static void Append<T>(StringBuilder text, string name, IEnumerable<T> records)
    {
        var mapper = new BsonMapper();
        text.Append('#').AppendLine(name);
        foreach (var document in records.Select(r => mapper.ToDocument(r)).OrderBy(d => d["_id"]))
        {
            text.AppendLine(JsonSerializer.Serialize(document));
        }
    }
}
