using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>A disinfestation or disinfection treatment, as entered on a phytosanitary certificate.</summary>
public sealed record Treatment
{
    /// <summary>Method ("fumigation", "cold treatment").</summary>
    public required string Method { get; init; }

    /// <summary>Chemical (active ingredient), when any.</summary>
    public string? Chemical { get; init; }

    /// <summary>Duration and temperature ("2 h at 21 °C").</summary>
    public string? DurationAndTemperature { get; init; }

    /// <summary>Concentration ("64 g/m³").</summary>
    public string? Concentration { get; init; }

    /// <summary>Date of treatment, on or before the issue date.</summary>
    public required DateOnly Date { get; init; }

    internal JsonObject ToJson() => new JsonObject()
        .With("method", Method)
        .With("chemical", Chemical)
        .With("durationAndTemperature", DurationAndTemperature)
        .With("concentration", Concentration)
        .With("date", Date);

    internal static Treatment? Read(JsonFieldReader reader)
    {
        var method = reader.Text("method");
        var chemical = reader.Text("chemical", required: false);
        var duration = reader.Text("durationAndTemperature", required: false);
        var concentration = reader.Text("concentration", required: false);
        var date = reader.Date("date");
        return method is null || date is null
            ? null
            : new Treatment { Method = method, Chemical = chemical, DurationAndTemperature = duration, Concentration = concentration, Date = date.Value };
    }
}
