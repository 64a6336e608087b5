using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Data;

/// <summary>The hub's unit of work over its database. The model is provider-neutral: no column type,
/// SQL fragment or function here may belong to one engine.</summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options) : DbContext(options);
