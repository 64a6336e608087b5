using System.Text;
using IntegrationHub.GraphQL.AspNetCore.Documents;
using IntegrationHub.GraphQL.AspNetCore.Tests.Support;
using IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>Loading trusted documents from a folder of <c>*.graphql</c> files.</summary>
public sealed class TrustedDocumentStoreTests : IDisposable
{
    private const string Households = "query Households($province: String!) {\n  households(province: $province) { id }\n}\n";
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void LoadDirectory_NamedFiles_AreKeyedByTheHashOfTheirExactBytes()
    {
        _directory.Write("households.graphql", Households);
        _directory.Write("notes.txt", "not a document");

        var store = TrustedDocumentStore.LoadDirectory(_directory.Path);

        Assert.Equal(1, store.Count);
        Assert.True(store.TryGet(DocumentId.FromText(Households), out var text));
        Assert.Equal(Households, text);
    }

    [Fact]
    public void LoadDirectory_FileNamedByItsHash_IsLoaded()
    {
        var hex = DocumentId.FromText(Households).Value["sha256:".Length..];
        _directory.Write(hex + ".graphql", Households);

        var store = TrustedDocumentStore.LoadDirectory(_directory.Path);

        Assert.True(store.TryGet(DocumentId.FromText(Households), out _));
    }

    [Fact]
    public void LoadDirectory_FileNamedByAnotherHash_ReportsTheMismatch()
    {
        var wrongHex = new string('0', 64);
        _directory.Write(wrongHex + ".graphql", Households);

        var exception = Assert.Throws<TrustedDocumentLoadException>(() => TrustedDocumentStore.LoadDirectory(_directory.Path));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal($"{wrongHex}.graphql: its name says sha256:{wrongHex}, but its content hashes to {DocumentId.FromText(Households)}.", problem);
    }

    [Fact]
    public void LoadDirectory_SameContentTwice_NamesBothFiles()
    {
        _directory.Write("a.graphql", Households);
        _directory.Write("b.graphql", Households);

        var exception = Assert.Throws<TrustedDocumentLoadException>(() => TrustedDocumentStore.LoadDirectory(_directory.Path));

        Assert.Equal($"b.graphql: same content as a.graphql (both are {DocumentId.FromText(Households)}); keep one of them.", Assert.Single(exception.Problems));
    }

    [Fact]
    public void LoadDirectory_SeveralBadFiles_ReportsEveryProblemAtOnce()
    {
        _directory.WriteBytes("bom.graphql", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("{ a }")]);
        _directory.WriteBytes("latin1.graphql", [(byte)'{', 0xE9, (byte)'}']);
        _directory.Write("empty.graphql", "  \n");
        _directory.Write("good.graphql", Households);

        var exception = Assert.Throws<TrustedDocumentLoadException>(() => TrustedDocumentStore.LoadDirectory(_directory.Path));

        Assert.Equal(
            [
                "bom.graphql: starts with a UTF-8 byte order mark; save it without one.",
                "empty.graphql: is empty.",
                "latin1.graphql: is not valid UTF-8 (at byte 1).",
            ],
            exception.Problems);
        Assert.Contains("- bom.graphql", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_MissingDirectory_SaysSo()
    {
        var missing = Path.Combine(_directory.Path, "nope");

        var exception = Assert.Throws<TrustedDocumentLoadException>(() => TrustedDocumentStore.LoadDirectory(missing));

        Assert.Equal("the directory does not exist.", Assert.Single(exception.Problems));
        Assert.Contains(missing, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_KnowsNoDocument() =>
        Assert.False(TrustedDocumentStore.Empty.TryGet(DocumentId.FromText(Households), out _));
}
