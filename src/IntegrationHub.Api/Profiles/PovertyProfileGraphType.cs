using IntegrationHub.Api.GraphTypes;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.Profiles;

/// <summary>The types of an area poverty profile: <c>PovertyProfile</c> and its breakdowns, every count a
/// <c>HouseholdCount</c> that small-cell suppression may withhold.</summary>
public static class PovertyProfileGraphType
{
    private const string HouseholdsDescription = "How many households, or suppressed when few enough to identify them.";

    /// <summary>A household count that may be withheld.</summary>
    public static ObjectType HouseholdCount { get; } = new(
        "HouseholdCount",
        () =>
        [
            new FieldDefinition("count", SpecifiedScalars.Int,
                resolver: Resolve.From<ProfileCell>(cell => cell.Count),
                description: "The number of households (จำนวนครัวเรือน); null when suppressed."),
            new FieldDefinition("suppressed", new NonNullType(SpecifiedScalars.Boolean),
                resolver: Resolve.From<ProfileCell>(cell => cell.IsSuppressed),
                description: $"Whether the count is withheld (ปกปิด): it is 1 to {SmallCellSuppression.Threshold - 1} households, or would let such a count be worked out by subtraction. Zero is shown."),
        ],
        description: "A count of households in an area profile, withheld when it could identify households.");

    /// <summary>The five livelihood capitals.</summary>
    public static EnumType Capital { get; } = new(
        "LivelihoodCapital",
        LivelihoodCapital.All.Select(c => new EnumValueDefinition(c.Name, c, c.Description)),
        "The five livelihood capitals (ทุนการดำรงชีพ ๕ มิติ) a household is scored on, 0 to 5.");

    /// <summary>The households of one programme group.</summary>
    public static ObjectType GroupCount { get; } = new(
        "GroupHouseholdCount",
        () =>
        [
            new FieldDefinition("group", new NonNullType(HubEnumTypes.HouseholdGroup),
                resolver: Resolve.From<GroupCount>(g => g.Group), description: "The programme group."),
            new FieldDefinition("households", new NonNullType(HouseholdCount),
                resolver: Resolve.From<GroupCount>(g => g.Households), description: HouseholdsDescription),
        ],
        description: "The households of an area in one programme group (กลุ่มครัวเรือน).");

    /// <summary>The households with a problem on one dimension.</summary>
    public static ObjectType DimensionCount { get; } = new(
        "ProblemDimensionHouseholdCount",
        () =>
        [
            new FieldDefinition("dimension", new NonNullType(HubEnumTypes.ProblemDimension),
                resolver: Resolve.From<DimensionCount>(d => d.Dimension), description: "The problem dimension."),
            new FieldDefinition("households", new NonNullType(HouseholdCount),
                resolver: Resolve.From<DimensionCount>(d => d.Households), description: HouseholdsDescription),
        ],
        description: "The households of an area with at least one problem recorded on a dimension (ปัญหารายมิติ).");

    /// <summary>The households whose latest score on a capital lies in one band.</summary>
    public static ObjectType BandCount { get; } = new(
        "CapitalScoreBandCount",
        () =>
        [
            new FieldDefinition("minimum", new NonNullType(SpecifiedScalars.Float),
                resolver: Resolve.From<CapitalBandCount>(b => (double)b.Band.Minimum),
                description: "The lowest score in the band."),
            new FieldDefinition("maximum", new NonNullType(SpecifiedScalars.Float),
                resolver: Resolve.From<CapitalBandCount>(b => (double)b.Band.Maximum),
                description: "The score the band stops short of; the last band includes it (5, the top of the scale)."),
            new FieldDefinition("households", new NonNullType(HouseholdCount),
                resolver: Resolve.From<CapitalBandCount>(b => b.Households), description: HouseholdsDescription),
        ],
        description: "The households of an area whose latest capital score lies in a band.");

    /// <summary>How the scores on one capital spread over the bands.</summary>
    public static ObjectType Distribution { get; } = new(
        "CapitalScoreDistribution",
        () =>
        [
            new FieldDefinition("capital", new NonNullType(Capital),
                resolver: Resolve.From<CapitalDistribution>(d => d.Capital), description: "The capital."),
            new FieldDefinition("bands", new NonNullType(new ListType(new NonNullType(BandCount))),
                resolver: Resolve.From<CapitalDistribution>(d => d.Bands),
                description: "Every band, lowest first; households never scored are in none."),
        ],
        description: "How the households of an area score on one livelihood capital, by band, from each household's latest survey round.");

    /// <summary>The profile.</summary>
    public static ObjectType Profile { get; } = new(
        "PovertyProfile",
        () =>
        [
            new FieldDefinition("areaCode", SpecifiedScalars.String,
                resolver: Resolve.From<PovertyProfile>(p => p.Area.Code),
                description: "The official code of the area profiled (รหัสพื้นที่)."),
            new FieldDefinition("areaName", SpecifiedScalars.String,
                resolver: Resolve.From<PovertyProfile>(p => p.Area.NameTh),
                description: "The area's name in Thai."),
            new FieldDefinition("households", HouseholdCount,
                resolver: Resolve.From<PovertyProfile>(p => p.Households),
                description: "Households in the programme in the area (ครัวเรือนยากจนในพื้นที่); exited households are not counted."),
            new FieldDefinition("byGroup", new ListType(new NonNullType(GroupCount)),
                resolver: Resolve.From<PovertyProfile>(p => p.ByGroup),
                description: "Households per programme group, every group listed."),
            new FieldDefinition("byCapitalScore", new ListType(new NonNullType(Distribution)),
                resolver: Resolve.From<PovertyProfile>(p => p.ByCapital),
                description: "For each of the five capitals, households per score band."),
            new FieldDefinition("byProblemDimension", new ListType(new NonNullType(DimensionCount)),
                resolver: Resolve.From<PovertyProfile>(p => p.ByDimension),
                description: "For each problem dimension, households with at least one problem on it; a household may count on several."),
        ],
        description: "Aggregate counts of the poor households of a province, district or subdistrict (ข้อมูลสรุปรายพื้นที่), with small cells suppressed so that no household can be singled out.");
}
