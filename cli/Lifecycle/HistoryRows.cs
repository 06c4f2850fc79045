using System.Globalization;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Cli.Lifecycle;

/// <summary>
/// The table <c>provenance history</c> prints, whichever path read the events (the chain, or a ledger node): one row
/// per event, labelled from one list, with the detail sentence both paths word alike (<see cref="DocumentHistoryWording"/>).
/// </summary>
internal static class HistoryRows
{
    /// <summary>The table's columns, also the JSON names of a row's fields.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["block", "event", "details", "transaction"];

    /// <summary>The short label of each history event.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DocumentHistoryWording.BatchAnchoredEvent] = "anchored",
        [DocumentHistoryWording.BatchRevokedEvent] = "batch revoked",
        [DocumentHistoryWording.DocumentRevokedEvent] = "revoked",
        [DocumentHistoryWording.SupersededEvent] = "superseded",
        [DocumentHistoryWording.SupersedesEvent] = "supersedes",
        [DocumentHistoryWording.DecisionRecordedEvent] = "decision",
    };

    /// <summary>One row; an event this CLI does not know (a newer node) keeps its own name.</summary>
    public static IReadOnlyList<string> Row(ulong block, string eventName, string detail, string transaction) =>
        [block.ToString(CultureInfo.InvariantCulture), Labels.GetValueOrDefault(eventName, eventName), detail, transaction];
}
