using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Data.TokenState;

internal sealed class ClientAssertionUseConfiguration : IEntityTypeConfiguration<ClientAssertionUse>
{
    public void Configure(EntityTypeBuilder<ClientAssertionUse> use)
    {
        use.ToTable("client_assertion_uses");
        use.HasKey(u => u.UseKey);
        use.Property(u => u.UseKey).HasMaxLength(ClientAssertionUse.UseKeyLength);
        // The purge deletes by expiry.
        use.HasIndex(u => u.ExpiresAt);
    }
}

internal sealed class RevokedAccessTokenConfiguration : IEntityTypeConfiguration<RevokedAccessToken>
{
    public void Configure(EntityTypeBuilder<RevokedAccessToken> token)
    {
        token.ToTable("revoked_access_tokens");
        token.HasKey(t => t.TokenId);
        token.Property(t => t.TokenId).HasMaxLength(RevokedAccessToken.TokenIdMaxLength);
        token.HasIndex(t => t.ExpiresAt);
    }
}
