namespace ProvenanceLedger.Node.Api;

/// <summary>A request the API cannot answer as asked (bad hex, bad number, unknown bundle version…): a 4xx problem.</summary>
public sealed class ApiInputException(string title, string detail, int statusCode = StatusCodes.Status400BadRequest) : Exception(detail)
{
    /// <summary>One line naming what is wrong.</summary>
    public string Title { get; } = title;

    /// <summary>The HTTP status to answer with.</summary>
    public int StatusCode { get; } = statusCode;
}
