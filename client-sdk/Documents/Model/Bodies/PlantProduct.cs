using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>One plant or plant product on a phytosanitary certificate.</summary>
public sealed record PlantProduct
{
    /// <summary>The line number: 1 for the first, then 2, 3, ...</summary>
    public required int Line { get; init; }

    /// <summary>Scientific name: genus and species, optionally more ("Vitis vinifera").</summary>
    public required string BotanicalName { get; init; }

    /// <summary>Name of the produce and description of the packages ("fresh table grapes, 8.2 kg cartons").</summary>
    public required string Description { get; init; }

    /// <summary>How much.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>Country where the plants were grown.</summary>
    public required CountryCode PlaceOfOrigin { get; init; }

    /// <summary>Distinguishing marks on the packages.</summary>
    public string? Marks { get; init; }

    internal JsonObject ToJson() => new JsonObject()
        .With("line", Line)
        .With("botanicalName", BotanicalName)
        .With("description", Description)
        .With("quantity", Quantity.ToJson())
        .With("placeOfOrigin", PlaceOfOrigin.Value)
        .With("marks", Marks);

    internal static PlantProduct? Read(JsonFieldReader reader, int index)
    {
        var line = reader.LineNumber(index);
        var botanical = reader.String("botanicalName");
        if (botanical is not null && !IsBinomial(botanical))
        {
            reader.Report("botanicalName", $"'{botanical}' is not a botanical name; expected at least genus and species, the genus capitalised, such as Vitis vinifera");
            botanical = null;
        }

        var description = reader.Text("description");
        var quantity = reader.Object("quantity", Quantity.Read);
        var origin = reader.Country("placeOfOrigin");
        var marks = reader.Text("marks", required: false);
        return line is null || botanical is null || description is null || quantity is null || origin is null
            ? null
            : new PlantProduct { Line = line.Value, BotanicalName = botanical, Description = description, Quantity = quantity, PlaceOfOrigin = origin.Value, Marks = marks };
    }

    private static bool IsBinomial(string name)
    {
        var words = name.Split(' ');
        return words.Length >= 2 && words[0].Length >= 2 && char.IsUpper(words[0][0]) && words[0].Skip(1).All(char.IsLower)
            && words[1].Length >= 2 && words[1].All(c => char.IsLower(c) || c == '-');
    }
}
