using System.Text;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Sdk.Tests.Proofs;

/// <summary>
/// The quick read (<see cref="ProofBundleQuickReader"/>) must read exactly what the precise reader reads: the same
/// bundle for every text the precise reader accepts, the same error (message and member) for every text it refuses.
/// </summary>
public class ProofBundleQuickReaderTests
{
    private static readonly byte[] GoldenBytes = File.ReadAllBytes(GoldenBundleInputs.GoldenPath);

    private static JsonObject Golden() => StrictJsonParser.ParseObject(GoldenBytes);

    private static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    [Fact]
    public void The_golden_bundle_is_read_the_quick_way_into_the_bundle_the_precise_reader_gives()
    {
        var quick = ProofBundleQuickReader.TryRead(GoldenBytes);

        Assert.NotNull(quick);
        Assert.Equal(GoldenBytes, ProofBundleWriter.Write(quick));
        Assert.Equal(ProofBundleWriter.Write(ProofBundleReader.ReadPrecisely(GoldenBytes)), ProofBundleWriter.Write(quick));
        Assert.Equal(27, quick.Salts.Count);
        Assert.Equal("0xd75d601e3e5df4ac025c282fe765a689e78443723eb668c24cbaf4d618577c61", quick.Salts["/type"].ToString());
    }

    [Fact]
    public void The_document_and_signature_data_are_trees_of_their_own()
    {
        var bundle = ProofBundleQuickReader.TryRead(GoldenBytes)!;

        Assert.Null(bundle.Document.Parent);
        Assert.Null(bundle.Signatures[0].Data.Parent);
        Assert.Equal("CO-format1-public-0", bundle.Document["id"]!.GetValue<string>());
        Assert.Equal(6, bundle.Signatures[0].Data["size"]!.GetValue<int>());
    }

    [Fact]
    public void A_later_minor_version_with_new_members_is_read_the_quick_way()
    {
        var text = Golden();
        text["format"] = "provenance-bundle/1.3";
        text["futureMember"] = 1;
        text["batch"]!["futureMember"] = new JsonArray(1, 2);

        var quick = ProofBundleQuickReader.TryRead(Utf8(text));

        Assert.NotNull(quick);
        Assert.Equal(6, quick.Batch.Size);
    }

    [Theory]
    [InlineData("\"0xd75d601e3e5df4ac025c282fe765a689e78443723eb668c24cbaf4d618577c61\"", "\"\\u0030xd75d601e3e5df4ac025c282fe765a689e78443723eb668c24cbaf4d618577c61\"")]
    [InlineData("\"documentHash\"", "\"document\\u0048ash\"")]
    public void Text_written_with_escapes_is_left_to_the_precise_reader_which_reads_the_same_bundle(string plain, string escaped)
    {
        var text = Encoding.UTF8.GetString(GoldenBytes);
        Assert.Contains(plain, text, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text.Replace(plain, escaped, StringComparison.Ordinal));

        Assert.Null(ProofBundleQuickReader.TryRead(bytes));
        Assert.Equal(GoldenBytes, ProofBundleWriter.Write(ProofBundleReader.Read(bytes)));
    }

    [Fact]
    public void Seeded_mutations_of_the_golden_bundle_read_the_same_both_ways()
    {
        var random = new Random(1337);
        var (accepted, quickly) = (0, 0);
        for (var round = 0; round < 1_500; round++)
        {
            var text = round % 3 == 0 ? MutateText(random) : Utf8(MutateTree(random));

            var (quick, precise) = (Outcome(() => ProofBundleReader.Read(text)), Outcome(() => ProofBundleReader.ReadPrecisely(text)));

            Assert.True(precise == quick, $"round {round}: precise reader {precise}, quick path {quick}, text {Encoding.UTF8.GetString(text)}");
            if (precise.StartsWith("bundle", StringComparison.Ordinal))
            {
                accepted++;
                quickly += ProofBundleQuickReader.TryRead(text) is null ? 0 : 1;
            }
        }

        // Both kinds of outcome are exercised (832 of the seeded mutations keep a valid bundle, the rest break it), and
        // every valid one took the quick path: the comparison is not the precise reader compared with itself.
        Assert.Equal((832, 832), (accepted, quickly));
    }

    private static string Outcome(Func<ProofBundle> read)
    {
        try
        {
            return "bundle " + Encoding.UTF8.GetString(ProofBundleWriter.Write(read()));
        }
        catch (BundleFormatException e)
        {
            return $"error at '{e.Member}': {e.Message}";
        }
    }

    // One change to the golden bundle's tree: a member removed, renamed or given another value, anywhere.
    private static JsonObject MutateTree(Random random)
    {
        var root = Golden();
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        JsonNode? Replacement() => random.Next(12) switch
        {
            0 => 0,
            1 => -1,
            2 => 18446744073709551616m,
            3 => "x",
            4 => "0xAB",
            5 => "0x" + new string('a', 64),
            6 => "0x" + new string('a', 130),
            7 => new JsonArray(),
            8 => new JsonObject(),
            9 => true,
            10 => "2026-11-22T10:00:05.5Z",
            _ => null,
        };

        switch (target.Parent)
        {
            case JsonObject parent:
                var name = target.GetPropertyName();
                var change = random.Next(3);
                parent.Remove(name);
                if (change == 1)
                {
                    parent[random.Next(2) == 0 ? "extra" : name.ToUpperInvariant()] = target;
                }
                else if (change == 2)
                {
                    parent[name] = Replacement();
                }

                break;
            case JsonArray array:
                var index = array.IndexOf(target);
                array.RemoveAt(index);
                if (random.Next(2) == 0)
                {
                    array.Insert(index, Replacement());
                }

                break;
            default:
                root["format"] = "provenance-bundle/1.1";
                root["extra"] = Replacement();
                break;
        }

        return root;
    }

    // One byte of the golden text removed, duplicated or replaced by a JSON-significant or hex character.
    private static byte[] MutateText(Random random)
    {
        var bytes = new List<byte>(GoldenBytes);
        var at = random.Next(bytes.Count);
        const string Characters = "{}[]\":,0aAx\\/ ";
        switch (random.Next(3))
        {
            case 0:
                bytes.RemoveAt(at);
                break;
            case 1:
                bytes.Insert(at, bytes[at]);
                break;
            default:
                bytes[at] = (byte)Characters[random.Next(Characters.Length)];
                break;
        }

        return [.. bytes];
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, nodes);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, nodes);
                }

                break;
            default:
                break;
        }
    }
}
