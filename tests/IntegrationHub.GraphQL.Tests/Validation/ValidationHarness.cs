using IntegrationHub.GraphQL.Building;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;
using IntegrationHub.GraphQL.Validation;

namespace IntegrationHub.GraphQL.Tests.Validation;

/// <summary>The one schema and the assertions every validation rule test uses. The schema is the spec's
/// validation example schema (spec 5) with the additions its sections make, plus a few directives.</summary>
internal static class ValidationHarness
{
    public const string Sdl = """
        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
          human: Human
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          arguments: Arguments
          booleanList(booleanListArg: [Boolean!]): Boolean
          node: Node
        }

        type Mutation {
          addPet(pet: PetInput!): Pet
          addPets(pets: [PetInput!]!): [Pet]
        }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        type Message {
          body: String
          sender: String
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
        }

        enum CatCommand {
          JUMP
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        input CatInput {
          name: String!
          nickname: String
          meowVolume: Int
        }

        input DogInput {
          name: String!
          nickname: String
          barkVolume: Int
        }

        input PetInput @oneOf {
          cat: CatInput
          dog: DogInput
        }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          nonNullBooleanListField(nonNullBooleanListArg: [Boolean]!): [Boolean]
        }

        interface Node {
          id: ID!
        }

        interface Resource implements Node {
          id: ID!
          url: String
        }

        type Photo implements Resource & Node {
          id: ID!
          url: String
        }

        directive @onQuery on QUERY
        directive @onVariable on VARIABLE_DEFINITION
        directive @tag(name: String!) repeatable on FIELD
        """;

    public static Schema Schema { get; } = SdlSchemaBuilder.Build(Sdl);

    /// <summary>The errors <paramref name="rule"/> alone finds in <paramref name="document"/>.</summary>
    public static IReadOnlyList<GraphQLError> Validate(IValidationRule rule, string document, Schema? schema = null) =>
        DocumentValidator.Validate(schema ?? Schema, Parser.Parse(document), [rule]);

    /// <summary>Asserts that <paramref name="rule"/> finds nothing wrong with <paramref name="document"/>.</summary>
    public static void AssertValid(IValidationRule rule, string document, Schema? schema = null) =>
        Assert.Empty(Validate(rule, document, schema).Select(error => error.ToString()));

    /// <summary>Asserts that <paramref name="rule"/> finds exactly <paramref name="expected"/> (made with
    /// <see cref="Error"/>), in order, in <paramref name="document"/>.</summary>
    public static void AssertErrors(IValidationRule rule, string document, params string[] expected) =>
        Assert.Equal(expected, Validate(rule, document).Select(error => error.ToString()));

    /// <summary>An expected error as <see cref="GraphQLError.ToString"/> renders it; locations as
    /// <c>line:column</c>.</summary>
    public static string Error(string message, params string[] locations) =>
        locations.Length == 0 ? message : $"{message} ({string.Join(", ", locations)})";
}
