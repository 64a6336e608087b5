using IntegrationHub.Api.Loading;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>The <c>AssistanceRecord</c> object type. Every field is nullable: each is guarded by the
/// <c>referral.read</c> scope (policies/catalogue.yaml).</summary>
public static class AssistanceRecordGraphType
{
    /// <summary>The type.</summary>
    public static ObjectType Type { get; } = new(
        "AssistanceRecord",
        () =>
        [
            new FieldDefinition("date", DateScalar.Instance,
                resolver: Resolve.From<AssistanceRow>(a => a.GivenOn),
                description: "The day the help was given (วันที่ช่วยเหลือ)."),
            new FieldDefinition("kind", SpecifiedScalars.String,
                resolver: Resolve.From<AssistanceRow>(a => a.Kind),
                description: "What was given, such as a cash grant, a scholarship or a house repair (ประเภทความช่วยเหลือ)."),
            new FieldDefinition("amountBaht", SpecifiedScalars.Float,
                // Float because GraphQL has no decimal; two-decimal baht amounts below 10^10 are exact enough.
                resolver: Resolve.From<AssistanceRow>(a => a.AmountBaht is { } amount ? (double)amount : null),
                description: "The value in baht (มูลค่า บาท); null for help with no cash value."),
        ],
        description: "Help an agency gave on a referral (ผลการช่วยเหลือ): the feedback that closes the loop.");
}
