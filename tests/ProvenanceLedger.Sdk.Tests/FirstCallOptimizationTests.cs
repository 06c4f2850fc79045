using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ProvenanceLedger.Build.FirstCallOptimization;
using ProvenanceLedger.Sdk.Documents;

namespace ProvenanceLedger.Sdk.Tests;

public class FirstCallOptimizationTests
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    [Fact]
    public void Every_method_of_the_sdk_with_a_body_is_compiled_optimised_at_its_first_call()
    {
        var methods = typeof(TradeDocument).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            .Where(method => method.GetMethodBody() is not null)
            .ToList();

        var unmarked = methods.Where(method => !method.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization))
            .Select(method => $"{method.DeclaringType}.{method.Name}")
            .ToList();

        Assert.NotEmpty(methods);
        Assert.Empty(unmarked);
    }

    [Fact]
    public void Marking_sets_the_flag_of_every_method_with_a_body_and_changes_nothing_else()
    {
        // The tool's own assembly is compiled without the flag: a real assembly to mark.
        var original = File.ReadAllBytes(typeof(FirstCallOptimizer).Assembly.Location);
        var path = Path.Combine(Directory.CreateTempSubdirectory("first-call-").FullName, "marked.dll");
        File.WriteAllBytes(path, original);
        try
        {
            var marked = FirstCallOptimizer.Mark(path);

            var image = File.ReadAllBytes(path);
            using var reader = new PEReader(new MemoryStream(image));
            var metadata = reader.GetMetadataReader();
            var withBodies = metadata.MethodDefinitions.Select(metadata.GetMethodDefinition).Where(m => m.RelativeVirtualAddress != 0).ToList();
            Assert.Equal(withBodies.Count, marked);
            Assert.All(withBodies, m => Assert.True(m.ImplAttributes.HasFlag(MethodImplAttributes.AggressiveOptimization)));
            // The flag sits in the high byte of each method's flags word: one byte per method, and nothing else, differs.
            Assert.Equal(original.Length, image.Length);
            Assert.Equal(marked, original.Zip(image).Count(pair => pair.First != pair.Second));

            var written = File.GetLastWriteTimeUtc(path);
            Assert.Equal(0, FirstCallOptimizer.Mark(path));
            Assert.Equal(image, File.ReadAllBytes(path));
            Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_refused_with_what_to_pass_and_left_as_it_was()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "not an assembly");
        try
        {
            var refusal = Assert.Throws<FirstCallOptimizationException>(() => FirstCallOptimizer.Mark(path));

            // The middle is the runtime's own words for what is wrong with the image.
            Assert.StartsWith($"{path} is not a .NET assembly (", refusal.Message);
            Assert.EndsWith("); pass the assembly the compiler wrote", refusal.Message);
            Assert.Equal("not an assembly", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
