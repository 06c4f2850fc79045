using ProvenanceLedger.Node.Api;
using ProvenanceLedger.Node.Health;
using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Store;

var builder = WebApplication.CreateBuilder(args);

builder.AddLedgerStore();
builder.AddAnchorIndexer();
builder.AddLedgerHealth();
builder.AddVerificationApi();

var app = builder.Build();

app.MapVerificationApi();
app.MapLedgerHealth();

app.Run();

/// <summary>Entry point, public so the API tests' WebApplicationFactory can host it.</summary>
public partial class Program;
