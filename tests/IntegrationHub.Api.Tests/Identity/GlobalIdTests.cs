using System.Text;
using IntegrationHub.Api.Identity;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Tests.Identity;

public sealed class GlobalIdTests
{
    [Fact]
    public void Encode_Household_IsBase64OfTypeAndKey()
    {
        Assert.Equal("SG91c2Vob2xkOjEyMw==", GlobalId.Encode("Household", 123));
    }

    [Fact]
    public void Decode_EncodedId_ReturnsTypeAndKey()
    {
        Assert.Equal(("Member", 9_007_199_254_740_993L), GlobalId.Decode(GlobalId.Encode("Member", 9_007_199_254_740_993L)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("SG91c2Vob2xk")] // "Household": no key
    [InlineData("OjEy")] // ":12": no type
    public void Decode_Malformed_FailsWithInvalidIdCode(string id)
    {
        var error = Assert.Throws<FieldErrorException>(() => GlobalId.Decode(id));

        Assert.Equal(GlobalId.InvalidIdCode, error.Code);
        Assert.Contains($"\"{id}\" is not an ID issued by this hub", error.Message);
    }

    [Theory]
    [InlineData("Household:-1")]
    [InlineData("Household:0")]
    [InlineData("Household:+5")]
    [InlineData("Household: 5")]
    [InlineData("Household:5 OR 1=1")]
    [InlineData("Household:99999999999999999999")]
    public void Decode_HostileKey_Fails(string text)
    {
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

        Assert.Throws<FieldErrorException>(() => GlobalId.Decode(id));
    }

    [Fact]
    public void Decode_InvalidUtf8_Fails()
    {
        var id = Convert.ToBase64String([0xC3, 0x28, (byte)':', (byte)'1']);

        Assert.Throws<FieldErrorException>(() => GlobalId.Decode(id));
    }

    [Fact]
    public void DecodeKey_IdOfAnotherType_NamesBothTypes()
    {
        var error = Assert.Throws<FieldErrorException>(() => GlobalId.DecodeKey(GlobalId.Encode("Member", 4), "Household"));

        Assert.Equal(GlobalId.InvalidIdCode, error.Code);
        Assert.Contains("identifies a Member, not a Household", error.Message);
    }
}
