using LiteDB;
using ProvenanceLedger.Node.Store;

namespace ProvenanceLedger.Node.Tests.Store;

public sealed class StoreFilterTests
{
    [Fact]
    public void Values_travel_as_parameters_so_every_value_shares_one_expression_text()
    {
        var first = StoreFilter.Of("_id", "<", 10L).And("Issuer", "=", new byte[] { 1, 2 }).ToExpression();
        var second = StoreFilter.Of("_id", "<", 99L).And("Issuer", "=", new byte[] { 3, 4 }).ToExpression();

        Assert.Equal(first.Source, second.Source);
        Assert.DoesNotContain("10", first.Source, StringComparison.Ordinal);
        Assert.Equal((10L, 99L), (first.Parameters["0"].AsInt64, second.Parameters["0"].AsInt64));
        Assert.Equal(new byte[] { 3, 4 }, second.Parameters["1"].AsBinary);
    }

    [Fact]
    public void Several_terms_select_exactly_the_documents_that_match_all_of_them()
    {
        using var database = new LiteDatabase(new MemoryStream());
        var collection = database.GetCollection("records");
        collection.EnsureIndex("Issuer");
        for (var id = 1; id <= 20; id++)
        {
            collection.Insert(new BsonDocument { ["_id"] = id, ["Issuer"] = id % 2 == 0 ? "even" : "odd" });
        }

        var plan = collection.Query().Where(StoreFilter.Of("_id", ">", 4).And("Issuer", "=", "even")).GetPlan()["index"].AsDocument;
        var found = collection.Find(StoreFilter.Of("_id", ">", 4).And("_id", "<", 12).And("Issuer", "=", "even")).Select(d => d["_id"].AsInt32);
        var deleted = collection.DeleteMany(StoreFilter.Of("_id", ">=", 15).And("Issuer", "=", "odd"));

        Assert.Equal(("INDEX SEEK", "Issuer"), (plan["mode"].AsString[..10], plan["name"].AsString));
        // An index seek on Issuer returns its equal keys in no fixed order: compare the set.
        Assert.Equal([6, 8, 10], found.Order());
        Assert.Equal(3, deleted);
        Assert.Equal(17, collection.Count());
    }
}
