using IntegrationHub.Audit;
using IntegrationHub.Data.Audit;

namespace IntegrationHub.Data.Tests.Audit;

public sealed class AuditCanonicalTextTests
{
    [Fact]
    public void Parse_StoredText_GivesBackTheEventThatHashesAlike()
    {
        var eventId = Guid.NewGuid();
        var original = AuditStoreFixture.Event(7) with
        {
            // Thai text, a quote, a backslash and control characters: everything the canonical form escapes or keeps.
            Purpose = "ซ่อมบ้าน \"urgent\" \\ line\nbreak\u0001",
            VariablesHash = "sha256:" + new string('c', 64),
            Changes = [new AuditChange("Referral", "12", "accepted")],
        };

        var (parsedId, parsed) = AuditCanonicalText.Parse(AuditCanonicalText.Of(eventId, original));

        Assert.Equal(eventId, parsedId);
        Assert.Equal(original.Purpose, parsed.Purpose);
        Assert.Equal(AuditChain.HashOf(3, AuditChain.GenesisHash, eventId, original), AuditChain.HashOf(3, AuditChain.GenesisHash, parsedId, parsed));
    }

    [Theory]
    [InlineData("not json", "not a readable audit event")]
    [InlineData("{\"v\":1}", "not a readable audit event")]
    [InlineData("{\"v\":2,\"id\":\"x\"}", "version 2")]
    public void Parse_NotAnAuditEvent_SaysWhy(string stored, string reason)
    {
        var error = Assert.Throws<FormatException>(() => AuditCanonicalText.Parse(stored));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Parse_SameEventInOtherBytes_IsNotCanonical()
    {
        var canonical = AuditCanonicalText.Of(Guid.NewGuid(), AuditStoreFixture.Event(1));

        var error = Assert.Throws<FormatException>(() => AuditCanonicalText.Parse(" " + canonical));

        Assert.Equal("it is not in canonical form", error.Message);
    }
}
