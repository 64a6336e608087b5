using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Execution;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.AspNetCore.Tests.Support;

/// <summary>A small schema shaped like the hub's (paged lists that nest and cycle back), with fields that fail in
/// each way a resolver can.</summary>
public static class TestSchema
{
    /// <summary>The SDL.</summary>
    public const string Sdl = """
        type Query {
          hello(name: String): String
          households(first: Int, last: Int): [Household!]!
          household(id: ID!): Household
          crash: String
          denied: String
          badInt: Int
        }

        type Mutation {
          touch: Boolean
        }

        type Household {
          id: ID!
          name: String
          members(first: Int): [Member!]!
        }

        type Member {
          name: String
          household: Household
        }
        """;

    /// <summary>The message of the exception <c>crash</c> throws; it must never reach a client outside Development.</summary>
    public const string SecretMessage = "connection string Host=db;Password=hunter2 refused";

    /// <summary>Builds the schema with its resolvers.</summary>
    public static Schema Create() => SdlSchemaBuilder.Build(Sdl, new SchemaBindings()
        .Resolve("Query.hello", context => Value(context.Arguments.GetValueOrDefault("name") is string name ? $"สวัสดี {name}" : "hello"))
        .Resolve("Query.households", context => Value(Households(context.Arguments.GetValueOrDefault("first") as int? ?? 2)))
        .Resolve("Query.household", _ => Value(NewHousehold(1)))
        .Resolve("Query.crash", _ => throw new InvalidOperationException(SecretMessage))
        .Resolve("Query.denied", _ => throw new FieldErrorException("Not granted by your MOU.", code: "FORBIDDEN_FIELD"))
        .Resolve("Query.badInt", _ => Value("not a number"))
        .Resolve("Mutation.touch", _ => Value(true))
        .Resolve("Household.members", context => Value(new[] { new Member("สมชาย", (Household)context.Parent!) }))
        .Resolve("Member.household", context => Value(((Member)context.Parent!).Household)));

    private static ValueTask<object?> Value(object? value) => new(value);

    private static Household[] Households(int count) => [.. Enumerable.Range(1, Math.Clamp(count, 0, 5)).Select(NewHousehold)];

    private static Household NewHousehold(int id) => new(id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Household {id}");

    private sealed record Household(string Id, string Name);

    private sealed record Member(string Name, Household Household);
}
