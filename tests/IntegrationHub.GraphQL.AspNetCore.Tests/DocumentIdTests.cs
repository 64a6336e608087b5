using IntegrationHub.GraphQL.AspNetCore.Documents;

namespace IntegrationHub.GraphQL.AspNetCore.Tests;

/// <summary>SHA-256 hex document identifiers (GraphQL-over-HTTP, Appendix A).</summary>
public sealed class DocumentIdTests
{
    [Theory]
    [InlineData("query ($id: ID!) {\n  user(id: $id) {\n    name\n  }\n}", "sha256:7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6e")]
    [InlineData("query($id:ID!){user(id:$id){name}}", "sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b")]
    public void FromText_AppendixExamples_GiveTheAppendixIds(string text, string id) =>
        Assert.Equal(id, DocumentId.FromText(text).Value);

    [Fact]
    public void FromText_ThaiText_HashesItsUtf8Bytes() =>
        Assert.Equal(DocumentId.FromUtf8(System.Text.Encoding.UTF8.GetBytes("# ครัวเรือน\n{ a }")), DocumentId.FromText("# ครัวเรือน\n{ a }"));

    [Fact]
    public void TryParse_CanonicalId_RoundTrips()
    {
        Assert.True(DocumentId.TryParse("sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b", out var id));
        Assert.Equal(DocumentId.FromText("query($id:ID!){user(id:$id){name}}"), id);
    }

    [Theory]
    [InlineData("71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b")]
    [InlineData("sha256:71F7DC5758652BAAC68E4A10C50BE732B741C892ADE2883A99358F52B555286B")]
    [InlineData("sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286")]
    [InlineData("sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286bb")]
    [InlineData("sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b55528zz")]
    [InlineData("SHA256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b")]
    [InlineData("x-custom:abc")]
    [InlineData("md5:0123456789abcdef0123456789abcdef")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AnythingButLowerCaseSha256Hex_IsRefused(string? text) =>
        Assert.False(DocumentId.TryParse(text, out _));
}
