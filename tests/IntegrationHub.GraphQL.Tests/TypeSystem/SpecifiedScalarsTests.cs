using System.Text.Json;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Tests.TypeSystem;

/// <summary>Result and input coercion of the five specified scalars (spec 3.5).</summary>
public sealed class SpecifiedScalarsTests
{
    public static TheoryData<string, object, object> Serialized => new()
    {
        { "Int", 7, 7 },
        { "Int", 7L, 7 },
        { "Int", 7.0, 7 },
        { "Int", "12", 12 },
        { "Int", true, 1 },
        { "Int", int.MinValue, int.MinValue },
        { "Float", 1.5, 1.5 },
        { "Float", 2, 2.0 },
        { "Float", "2.5", 2.5 },
        { "Float", false, 0.0 },
        { "String", "สวัสดี", "สวัสดี" },
        { "String", 1.0, "1" },
        { "String", 0.1, "0.1" },
        { "String", 1e21, "1e+21" },
        { "String", true, "true" },
        { "Boolean", true, true },
        { "Boolean", 0, false },
        { "Boolean", 2.5, true },
        { "ID", "abc", "abc" },
        { "ID", 123, "123" },
        { "ID", 123L, "123" },
    };

    [Theory]
    [MemberData(nameof(Serialized))]
    public void Serialize_AcceptedValue_Coerces(string scalar, object value, object expected)
    {
        Assert.Equal(expected, SpecifiedScalars.Find(scalar)!.Serialize(value));
    }

    [Theory]
    [InlineData("Int", 1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData("Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Float", "abc", "Float cannot represent non numeric value: \"abc\"")]
    [InlineData("Float", double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData("Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("ID", 1.5, "ID cannot represent value: 1.5")]
    [InlineData("ID", true, "ID cannot represent value: true")]
    public void Serialize_UnrepresentableValue_Throws(string scalar, object value, string message)
    {
        var failure = Assert.Throws<CoercionException>(() => SpecifiedScalars.Find(scalar)!.Serialize(value));

        Assert.Equal(message, failure.Message);
    }

    [Fact]
    public void Serialize_JsonElements_CoerceLikeTheirValues()
    {
        using var json = JsonDocument.Parse("""{ "n": 3, "s": "4", "b": true }""");
        var root = json.RootElement;

        Assert.Equal(3, SpecifiedScalars.Int.Serialize(root.GetProperty("n")));
        Assert.Equal(4, SpecifiedScalars.Int.Serialize(root.GetProperty("s")));
        Assert.Equal(true, SpecifiedScalars.Boolean.Serialize(root.GetProperty("b")));
    }

    [Theory]
    [InlineData("Int", 3L, 3)]
    [InlineData("Int", 3.0, 3)]
    [InlineData("Float", 3L, 3.0)]
    [InlineData("String", "x", "x")]
    [InlineData("Boolean", false, false)]
    [InlineData("ID", 42L, "42")]
    [InlineData("ID", "42", "42")]
    public void ParseValue_AcceptedVariable_Coerces(string scalar, object value, object expected)
    {
        Assert.Equal(expected, SpecifiedScalars.Find(scalar)!.ParseValue(value));
    }

    [Theory]
    [InlineData("Int", "3")]
    [InlineData("Int", true)]
    [InlineData("Int", 3.5)]
    [InlineData("Int", 3e10)]
    [InlineData("Float", "3.5")]
    [InlineData("String", 3L)]
    [InlineData("Boolean", 1L)]
    [InlineData("ID", 1.5)]
    public void ParseValue_WrongKindOfVariable_Throws(string scalar, object value)
    {
        Assert.Throws<CoercionException>(() => SpecifiedScalars.Find(scalar)!.ParseValue(value));
    }

    [Theory]
    [InlineData("Int", "-12", -12)]
    [InlineData("Float", "12", 12.0)]
    [InlineData("Float", "1.5e3", 1500.0)]
    [InlineData("String", "\"ไทย\"", "ไทย")]
    [InlineData("Boolean", "true", true)]
    [InlineData("ID", "12", "12")]
    [InlineData("ID", "\"x\"", "x")]
    public void ParseLiteral_AcceptedLiteral_Coerces(string scalar, string literal, object expected)
    {
        Assert.Equal(expected, SpecifiedScalars.Find(scalar)!.ParseLiteral(Parser.ParseConstValue(literal)));
    }

    [Theory]
    [InlineData("Int", "2147483648")]
    [InlineData("Int", "1.0")]
    [InlineData("Int", "\"1\"")]
    [InlineData("Float", "\"1.5\"")]
    [InlineData("String", "1")]
    [InlineData("Boolean", "TRUE")]
    [InlineData("ID", "1.5")]
    public void ParseLiteral_WrongLiteral_Throws(string scalar, string literal)
    {
        Assert.Throws<CoercionException>(() => SpecifiedScalars.Find(scalar)!.ParseLiteral(Parser.ParseConstValue(literal)));
    }
}
