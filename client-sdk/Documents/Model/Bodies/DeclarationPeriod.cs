using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>The shipments a long-term declaration covers: from and to, inclusive, at most two years.</summary>
/// <param name="From">First day covered.</param>
/// <param name="To">Last day covered, not before <paramref name="From"/>.</param>
public sealed record DeclarationPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period a long-term declaration may cover.</summary>
    public const int MaxMonths = 24;

    internal JsonObject ToJson() => new JsonObject().With("from", From).With("to", To);

    internal static DeclarationPeriod? Read(JsonFieldReader reader)
    {
        var from = reader.Date("from");
        var to = reader.Date("to");
        if (from is null || to is null)
        {
            return null;
        }

        if (to < from)
        {
            reader.Report("to", $"{CalendarDate.Format(to.Value)} is before the start {CalendarDate.Format(from.Value)}");
            return null;
        }

        if (to >= from.Value.AddMonths(MaxMonths))
        {
            reader.Report("to", $"{CalendarDate.Format(to.Value)} makes the period longer than {MaxMonths} months from {CalendarDate.Format(from.Value)}");
            return null;
        }

        return new DeclarationPeriod(from.Value, to.Value);
    }
}
