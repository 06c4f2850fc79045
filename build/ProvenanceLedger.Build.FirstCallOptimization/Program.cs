using ProvenanceLedger.Build.FirstCallOptimization;

if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: ProvenanceLedger.Build.FirstCallOptimization <assembly.dll> (an existing assembly to mark in place)");
    return 2;
}

try
{
    var marked = FirstCallOptimizer.Mark(args[0]);
    Console.WriteLine($"{Path.GetFileName(args[0])}: {marked} methods marked to be optimised at their first call");
    return 0;
}
catch (FirstCallOptimizationException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"{args[0]} could not be read or replaced ({e.Message}); make it writable, close whatever holds it, and build again");
    return 2;
}
