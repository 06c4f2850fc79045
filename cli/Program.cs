using System.CommandLine;

var root = new RootCommand("provenance: issue, verify and audit paperless trade documents anchored on an Ethereum chain.");
return await root.Parse(args).InvokeAsync();
