using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IntegrationHub.Data;

/// <summary>Keeps every stored timestamp in UTC. Writing refuses a local or unspecified
/// <see cref="DateTime"/> (its instant is ambiguous); reading marks the value as UTC, which SQLite's text
/// storage cannot say by itself.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => RequireUtc(value),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc))
{
    /// <summary>Returns <paramref name="value"/> when it is UTC.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is local or unspecified.</exception>
    public static DateTime RequireUtc(DateTime value) => value.Kind == DateTimeKind.Utc
        ? value
        : throw new ArgumentException(
            $"Timestamps are stored in UTC; got a {value.Kind} DateTime ({value:O}). Use DateTime.UtcNow or TimeProvider.GetUtcNow().",
            nameof(value));
}
