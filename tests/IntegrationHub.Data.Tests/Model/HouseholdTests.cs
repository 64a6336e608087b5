using IntegrationHub.Data.Model;

namespace IntegrationHub.Data.Tests.Model;

public sealed class HouseholdTests
{
    [Fact]
    public void Exit_ActiveHousehold_RecordsReasonAndDate()
    {
        var household = new Household { Address = "1", VillageCode = "10010101" };

        household.Exit("moved out of the province", new DateOnly(2026, 10, 31));

        Assert.Equal((HouseholdStatus.Exited, "moved out of the province", new DateOnly(2026, 10, 31)),
            (household.Status, household.ExitReason, household.ExitedOn));
    }

    [Fact]
    public void Exit_AlreadyExited_IsRefusedKeepingTheFirstExit()
    {
        var household = new Household { Address = "1", VillageCode = "10010101" };
        household.Exit("income above the line", new DateOnly(2026, 10, 31));

        Assert.Throws<InvalidOperationException>(() => household.Exit("again", new DateOnly(2026, 11, 30)));
        Assert.Equal("income above the line", household.ExitReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Exit_BlankReason_IsRefused(string reason)
    {
        var household = new Household { Address = "1", VillageCode = "10010101" };

        Assert.ThrowsAny<ArgumentException>(() => household.Exit(reason, new DateOnly(2026, 10, 31)));
        Assert.Equal(HouseholdStatus.Active, household.Status);
    }
}
