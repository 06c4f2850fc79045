using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Means of transport and route, as far as known when the certificate is issued.</summary>
public sealed record Transport
{
    /// <summary>Mode of transport.</summary>
    public required TransportMode Mode { get; init; }

    /// <summary>Vessel name and voyage, or flight number.</summary>
    public string? VesselOrFlight { get; init; }

    /// <summary>Port or place of departure.</summary>
    public string? DeparturePort { get; init; }

    /// <summary>Country of destination.</summary>
    public required CountryCode DestinationCountry { get; init; }

    /// <summary>Date of departure, when known.</summary>
    public DateOnly? DepartureDate { get; init; }

    internal JsonObject ToJson() => new JsonObject()
        .With("mode", WireNames<TransportMode>.Of(Mode))
        .With("vesselOrFlight", VesselOrFlight)
        .With("departurePort", DeparturePort)
        .With("destinationCountry", DestinationCountry.Value)
        .With("departureDate", DepartureDate);

    internal static Transport? Read(JsonFieldReader reader)
    {
        var mode = reader.Enum<TransportMode>("mode");
        var vessel = reader.Text("vesselOrFlight", required: false);
        var port = reader.Text("departurePort", required: false);
        var destination = reader.Country("destinationCountry");
        var departure = reader.Date("departureDate", required: false);
        return mode is null || destination is null
            ? null
            : new Transport { Mode = mode.Value, VesselOrFlight = vessel, DeparturePort = port, DestinationCountry = destination.Value, DepartureDate = departure };
    }
}
