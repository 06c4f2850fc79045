using System.Text.Json.Nodes;
using Spectre.Console;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>Rows under column headers: a Spectre table, or a JSON array of objects keyed by <paramref name="keys"/>.</summary>
public sealed class TableResult(string title, IReadOnlyList<string> headers, IReadOnlyList<string> keys, IReadOnlyList<IReadOnlyList<string>> rows) : ICommandResult
{
    /// <inheritdoc />
    public JsonNode ToJson()
    {
        var array = new JsonArray();
        foreach (var row in rows)
        {
            var item = new JsonObject();
            for (var i = 0; i < keys.Count; i++)
            {
                item[keys[i]] = row[i];
            }

            array.Add(item);
        }

        return array;
    }

    /// <inheritdoc />
    public void Render(IAnsiConsole console)
    {
        if (rows.Count == 0)
        {
            console.Profile.Out.Writer.WriteLine($"{title}: none");
            return;
        }

        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Simple };
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(header).NoWrap());
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
    }
}
