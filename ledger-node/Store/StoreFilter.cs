using System.Globalization;
using LiteDB;

namespace ProvenanceLedger.Node.Store;

/// <summary>
/// One LiteDB filter whose values travel as parameters: terms <c>$.Field op @i</c> joined by AND. LiteDB compiles
/// and keeps, without bound, one delegate per distinct expression text, and <c>Query.EQ</c>/<c>LT</c>/… write the
/// value into that text — every new hash, address, cursor or block bound would add a delegate that is never freed
/// (and take a global lock to compile it). Here the text depends only on which terms a query uses.
/// <c>Query.And</c> cannot join these: it rebuilds the expression from the terms' text and drops their parameters.
/// </summary>
internal sealed class StoreFilter
{
    private readonly List<string> _terms = [];
    private readonly List<BsonValue> _values = [];

    /// <summary>A filter of one term.</summary>
    public static StoreFilter Of(string field, string comparison, BsonValue value) => new StoreFilter().And(field, comparison, value);

    /// <summary>Adds the term <c>$.<paramref name="field"/> <paramref name="comparison"/> value</c>.</summary>
    public StoreFilter And(string field, string comparison, BsonValue value)
    {
        _terms.Add(string.Create(CultureInfo.InvariantCulture, $"$.{field} {comparison} @{_values.Count}"));
        _values.Add(value);
        return this;
    }

    /// <summary>The LiteDB expression, its values as parameters.</summary>
    public BsonExpression ToExpression() => BsonExpression.Create(string.Join(" AND ", _terms), [.. _values]);

    public static implicit operator BsonExpression(StoreFilter filter) => filter.ToExpression();
}
