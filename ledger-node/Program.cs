var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

app.MapGet("/health/live", () => Results.Text("live"));

app.Run();

/// <summary>Entry point, public so the API tests' WebApplicationFactory can host it.</summary>
public partial class Program;
