namespace IntegrationHub.GraphQL.Tests.TypeSystem;

/// <summary>Schemas shared by the type system tests.</summary>
internal static class TestSchemas
{
    /// <summary>Every kind of type system definition, with descriptions, defaults, deprecations, extensions,
    /// custom and repeatable directives.</summary>
    public const string KitchenSink = """"
        "A date in RFC 3339 full-date form."
        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        "Marks schema elements for documentation tools."
        directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT

        "Anything with a global id."
        interface Node {
          id: ID!
        }

        "A person in a household."
        interface Person implements Node {
          id: ID!
          "Name in Thai."
          name: String
        }

        """
        A verified poor household.
        Groups follow the programme's classification.
        """
        type Household implements Node @tag(name: "core") {
          id: ID!
          group: HouseholdGroup!
          members(first: Int = 10, after: String): [Member!]!
          verifiedOn: Date
        }

        type Member implements Node & Person {
          id: ID!
          name: String
          nationalId: String @deprecated(reason: "Use nationalIdLast4.")
          nationalIdLast4: String @tag(name: "masked") @tag(name: "pdpa")
          household: Household
        }

        union SearchResult = Household | Member

        enum HouseholdGroup {
          "Cannot help themselves."
          DESTITUTE
          OPPORTUNITY_LACKING
          OTHER @deprecated
        }

        input HouseholdKey @oneOf {
          id: ID
          houseCode: String
        }

        input HouseholdFilter {
          provinceCode: String
          groups: [HouseholdGroup!] = [DESTITUTE]
          minimumScore: Float = 1.5
          key: HouseholdKey
        }

        type Query {
          node(id: ID!): Node
          households(where: HouseholdFilter, first: Int = 20): [Household!]!
          search(text: String!): [SearchResult!]!
        }

        type Mutation {
          exitHousehold(key: HouseholdKey!, reason: String!, note: String @deprecated(reason: "Put it in reason.")): Household
        }
        """";
}
