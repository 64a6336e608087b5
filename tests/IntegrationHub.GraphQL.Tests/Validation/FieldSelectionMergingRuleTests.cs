using System.Diagnostics;
using System.Text;
using IntegrationHub.GraphQL.Validation.Rules;
using static IntegrationHub.GraphQL.Tests.Validation.ValidationHarness;

namespace IntegrationHub.GraphQL.Tests.Validation;

public sealed class FieldSelectionMergingRuleTests
{
    private const string Advice = "Use different aliases on the fields to fetch both if this was intentional.";

    private static readonly string TooComplex =
        $"Validation aborted: the document's fields are too complex to check that they merge (over {FieldSelectionMergingRule.ComparisonBudget} comparison steps).";

    private static readonly FieldSelectionMergingRule Rule = new();

    [Fact]
    public void Fields_IdenticalNamesAliasesAndArguments_Merge() => AssertValid(Rule, """
        fragment mergeIdenticalFields on Dog {
          name
          name
        }

        fragment mergeIdenticalAliasesAndFields on Dog {
          otherName: name
          otherName: name
        }

        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }

        fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
          doesKnowCommand(dogCommand: $dogCommand)
          doesKnowCommand(dogCommand: $dogCommand)
        }

        fragment objectArgumentsInAnyFieldOrder on Query {
          findDog(searchBy: { name: "Rex", owner: "Ann" }) { name }
          findDog(searchBy: { owner: "Ann", name: "Rex" }) { name }
        }
        """);

    [Fact]
    public void Alias_OfDifferentField_Conflicts() => AssertErrors(Rule, """
        fragment conflictingBecauseAlias on Dog {
          name: nickname
          name
        }
        """,
        Error($"Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. {Advice}", "2:3", "3:3"));

    [Fact]
    public void SameField_DifferingArguments_Conflicts() => AssertErrors(Rule, """
        fragment conflictingArgsOnValues on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }

        fragment conflictingArgsValueAndVar on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: $dogCommand)
        }

        fragment conflictingArgsWithVars on Dog {
          doesKnowCommand(dogCommand: $varOne)
          doesKnowCommand(dogCommand: $varTwo)
        }

        fragment differingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """,
        Error($"Fields \"doesKnowCommand\" conflict because they have differing arguments. {Advice}", "2:3", "3:3"),
        Error($"Fields \"doesKnowCommand\" conflict because they have differing arguments. {Advice}", "7:3", "8:3"),
        Error($"Fields \"doesKnowCommand\" conflict because they have differing arguments. {Advice}", "12:3", "13:3"),
        Error($"Fields \"doesKnowCommand\" conflict because they have differing arguments. {Advice}", "17:3", "18:3"));

    [Fact]
    public void DifferingFields_OnDisjointObjectTypes_AreSafe() => AssertValid(Rule, """
        fragment safeDifferingFields on Pet {
          ... on Dog {
            volume: barkVolume
          }
          ... on Cat {
            volume: meowVolume
          }
        }

        fragment safeDifferingArgs on Pet {
          ... on Dog {
            doesKnowCommand(dogCommand: SIT)
          }
          ... on Cat {
            doesKnowCommand(catCommand: JUMP)
          }
        }
        """);

    [Fact]
    public void DifferingLeafTypes_OnDisjointObjectTypes_Conflict() => AssertErrors(Rule, """
        fragment conflictingDifferingResponses on Pet {
          ... on Dog {
            someValue: nickname
          }
          ... on Cat {
            someValue: meowVolume
          }
        }
        """,
        Error($"Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". {Advice}", "3:5", "6:5"));

    [Fact]
    public void Fields_DifferingNullabilityOrNames_Conflict() => AssertErrors(Rule, """
        {
          catOrDog {
            ... on Dog { x: name }
            ... on Cat { x: nickname }
          }
          human {
            pets { name }
            pets: name
          }
        }
        """,
        Error($"Fields \"x\" conflict because they return conflicting types \"String!\" and \"String\". {Advice}", "3:18", "4:18"),
        Error($"Fields \"pets\" conflict because \"pets\" and \"name\" are different fields. {Advice}", "7:5", "8:5"));

    [Fact]
    public void Fields_ConflictingSubfields_ReportEveryFieldOnTheWay() => AssertErrors(Rule, """
        {
          dog {
            owner { x: name }
          }
          dog {
            owner { x: pets { name } }
          }
        }
        """,
        Error(
            $"Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"x\" conflict because \"name\" and \"pets\" are different fields. {Advice}",
            "2:3", "3:5", "3:13", "5:3", "6:5", "6:13"));

    [Fact]
    public void Conflict_ThroughFragments_IsFoundInTheSpreadingSet() => AssertErrors(Rule, """
        {
          dog {
            ...A
            ...B
            name: barkVolume
          }
        }
        fragment A on Dog { name }
        fragment B on Dog { ...C }
        fragment C on Dog { name: nickname }
        """,
        Error($"Fields \"name\" conflict because \"barkVolume\" and \"name\" are different fields. {Advice}", "5:5", "8:21"),
        Error($"Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. {Advice}", "8:21", "10:21"),
        Error($"Fields \"name\" conflict because \"barkVolume\" and \"nickname\" are different fields. {Advice}", "5:5", "10:21"));

    [Fact]
    public void Conflict_InsideInlineFragment_IsReportedOnceForTheEnclosingSet() => AssertErrors(Rule, """
        {
          dog {
            ... on Dog {
              name
              name: nickname
            }
          }
        }
        """,
        Error($"Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. {Advice}", "4:7", "5:7"));

    [Fact]
    public void Fragments_SpreadingEachOther_Terminate() => AssertValid(Rule, """
        { dog { ...A } }
        fragment A on Dog { name ...B }
        fragment B on Dog { name ...A }
        """);

    [Fact]
    public void Fields_UnknownToTheSchema_AreComparedByNameAndArguments() => AssertErrors(Rule, """
        { dog { unknown(a: 1) { x } unknown(a: 2) { x } } }
        """,
        Error($"Fields \"unknown\" conflict because they have differing arguments. {Advice}", "1:9", "1:29"));

    [Fact]
    public void RepeatedLeafField_ThousandsOfTimes_IsCheckedQuickly()
    {
        var document = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 3000)) + "} }";

        var watch = Stopwatch.StartNew();
        AssertValid(Rule, document);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Took {watch.Elapsed}.");
    }

    [Fact]
    public void FragmentFanOut_ThatIsExponentialWhenExpanded_IsCheckedQuickly()
    {
        // Each fragment spreads the next one twice, through two aliases, 40 levels deep: expanded, the document
        // would select 2^40 fields. Memoised, each pair of fragments is compared once.
        var document = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 40; i++)
        {
            document.Append($"fragment F{i} on Dog {{ name owner {{ pets {{ ... on Dog {{ ...F{i + 1} }} }} }} a: owner {{ pets {{ ... on Dog {{ ...F{i + 1} }} }} }} }}\n");
        }

        document.Append("fragment F40 on Dog { name }");

        var watch = Stopwatch.StartNew();
        AssertValid(Rule, document.ToString());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Took {watch.Elapsed}.");
    }

    [Fact]
    public void FragmentChain_AllSpreadInOneSet_IsCheckedQuickly()
    {
        // 300 fragments, each spreading the next; the operation spreads all of them, which pairs every fragment
        // with every other: quadratic, and each pair only once.
        var document = new StringBuilder("{ dog { ");
        for (var i = 0; i < 300; i++)
        {
            document.Append($"...F{i} ");
        }

        document.Append("} }\n");
        for (var i = 0; i < 300; i++)
        {
            document.Append($"fragment F{i} on Dog {{ name ...F{i + 1} }}\n");
        }

        document.Append("fragment F300 on Dog { name }");

        var watch = Stopwatch.StartNew();
        AssertValid(Rule, document.ToString());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Took {watch.Elapsed}.");
    }

    [Fact]
    public void SameResponseName_MillionsOfPairs_IsRejectedOnce()
    {
        // 2,000 fields with one response name and differing arguments: two million pairs, beyond the budget.
        var fields = string.Concat(Enumerable.Range(0, 2000).Select(i => $"isHouseTrained(atOtherHomes: $v{i}) "));
        var document = "{ dog { " + fields + "} dog2: dog { name } }";

        AssertErrors(Rule, document, Error(TooComplex));
    }

    [Fact]
    public void FragmentChain_HundredsOfThousandsOfPairs_IsRejectedOnce()
    {
        // 1,100 fragments in a chain, all spread by one selection set: 600,000 pairs of fragments to compare.
        var document = new StringBuilder("{ dog { ");
        for (var i = 0; i < 1100; i++)
        {
            document.Append($"...F{i} ");
        }

        document.Append("} }\n");
        for (var i = 0; i < 1100; i++)
        {
            document.Append($"fragment F{i} on Dog {{ name ...F{i + 1} }}\n");
        }

        document.Append("fragment F1100 on Dog { name }");

        AssertErrors(Rule, document.ToString(), Error(TooComplex));
    }
}
