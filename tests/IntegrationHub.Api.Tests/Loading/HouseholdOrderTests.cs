using IntegrationHub.Api.Loading;
using IntegrationHub.Api.Paging;
using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.Tests.Loading;

public sealed class HouseholdOrderTests
{
    [Fact]
    public void From_NullOrEmpty_IsKeyOrder()
    {
        Assert.Same(HouseholdOrder.Default, HouseholdOrder.From(null));
        Assert.Same(HouseholdOrder.Default, HouseholdOrder.From([]));
        Assert.Equal("ID ASC", HouseholdOrder.Default.Signature);
    }

    [Fact]
    public void From_Keys_EndWithTheKeyInTheLastKeysDirection()
    {
        var order = HouseholdOrder.From([Key(HouseholdOrderField.AreaCode), Key(HouseholdOrderField.UpdatedAt, SortDirection.Descending)]);

        Assert.Equal("AREA_CODE ASC,UPDATED_AT DESC,ID DESC", order.Signature);
        Assert.Equal(["areaCode", "updatedAt"], order.FieldsNeeded);
    }

    [Fact]
    public void From_EndingWithTheKey_AddsNoSecondTieBreaker()
    {
        var order = HouseholdOrder.From([Key(HouseholdOrderField.HouseholdCode), Key(HouseholdOrderField.Id, SortDirection.Descending)]);

        Assert.Equal("HOUSEHOLD_CODE ASC,ID DESC", order.Signature);
    }

    [Fact]
    public void CursorOf_Row_RoundTripsThroughDecode()
    {
        var order = HouseholdOrder.From([Key(HouseholdOrderField.UpdatedAt, SortDirection.Descending), Key(HouseholdOrderField.HouseholdCode)]);
        var row = new HouseholdRow { Id = 42, UpdatedAt = new DateTime(2026, 1, 10, 9, 0, 0, 123, DateTimeKind.Utc), HouseholdCode = null };

        var cursor = order.Decode(order.CursorOf(row).Encode());

        Assert.Equal(["2026-01-10T09:00:00.1230000Z", ""], cursor.Keys);
        Assert.Equal(42, cursor.Id);
    }

    [Fact]
    public void Decode_DamagedKeyValue_FailsAsInvalidCursorBeforeAnyQuery()
    {
        var order = HouseholdOrder.From([Key(HouseholdOrderField.UpdatedAt)]);
        var damaged = new KeysetCursor(order.Signature, ["yesterday"], 3).Encode();

        var error = Assert.Throws<FieldErrorException>(() => order.Decode(damaged));

        Assert.Equal(KeysetCursor.InvalidCursorCode, error.Code);
        Assert.Contains("UPDATED_AT value \"yesterday\"", error.Message);
    }

    private static Dictionary<string, object?> Key(HouseholdOrderField field, SortDirection direction = SortDirection.Ascending) =>
        new() { ["field"] = field, ["direction"] = direction };
}
