using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ProvenanceLedger.Build.FirstCallOptimization;

/// <summary>
/// Marks every method of an assembly that has a body with <see cref="MethodImplAttributes.AggressiveOptimization"/>,
/// in place: the runtime then compiles each one once, fully optimised, at its first call, instead of running
/// unoptimised and then instrumented code while tiered compilation catches up (the SDK's work is batches whose
/// first thousands of documents would otherwise pay for that). Only the flags word of each method row changes:
/// tokens, IL, the PDB and the module id stay as the compiler wrote them.
/// </summary>
internal static class FirstCallOptimizer
{
    // A MethodDef row starts with its 4-byte RVA, then the 2-byte ImplFlags (ECMA-335 II.22.26).
    private const int ImplFlagsOffsetInRow = 4;

    /// <summary>Marks the assembly at <paramref name="path"/>; returns how many methods were not marked yet (0: the file is left untouched).</summary>
    /// <exception cref="FirstCallOptimizationException">The file is not a .NET assembly.</exception>
    public static int Mark(string path)
    {
        var image = File.ReadAllBytes(path);
        var flagOffsets = UnmarkedFlagOffsets(image, path);
        foreach (var offset in flagOffsets)
        {
            var flags = image.AsSpan(offset, sizeof(ushort));
            BinaryPrimitives.WriteUInt16LittleEndian(flags, (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(flags) | (ushort)MethodImplAttributes.AggressiveOptimization));
        }

        if (flagOffsets.Count > 0)
        {
            // Written beside it and moved over it, so an interrupted build never leaves half an assembly.
            var written = path + ".first-call";
            File.WriteAllBytes(written, image);
            File.Move(written, path, overwrite: true);
        }

        return flagOffsets.Count;
    }

    private static List<int> UnmarkedFlagOffsets(byte[] image, string path)
    {
        // Every read of the image is inside the try: a truncated file or a corrupt table is a refusal, not a crash.
        try
        {
            using var reader = new PEReader(new MemoryStream(image, writable: false));
            if (!reader.HasMetadata)
            {
                throw new FirstCallOptimizationException($"{path} is not a .NET assembly (it has no metadata); pass the assembly the compiler wrote");
            }

            var metadata = reader.GetMetadataReader();
            var table = reader.PEHeaders.MetadataStartOffset + metadata.GetTableMetadataOffset(TableIndex.MethodDef);
            var rowSize = metadata.GetTableRowSize(TableIndex.MethodDef);
            var offsets = new List<int>();
            foreach (var handle in metadata.MethodDefinitions)
            {
                var method = metadata.GetMethodDefinition(handle);
                // No RVA: abstract, extern or provided by the runtime, so there is nothing to compile. NoOptimization
                // is a choice made in the source, and the two flags cannot be combined.
                if (method.RelativeVirtualAddress == 0
                    || (method.ImplAttributes & (MethodImplAttributes.AggressiveOptimization | MethodImplAttributes.NoOptimization)) != 0)
                {
                    continue;
                }

                offsets.Add(table + ((MetadataTokens.GetRowNumber(handle) - 1) * rowSize) + ImplFlagsOffsetInRow);
            }

            return offsets;
        }
        catch (BadImageFormatException e)
        {
            throw new FirstCallOptimizationException($"{path} is not a .NET assembly ({e.Message.TrimEnd('.')}); pass the assembly the compiler wrote");
        }
    }
}
