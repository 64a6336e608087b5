using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections (spec 5.3.1). Every field selected must be defined on the type it is selected from: an
/// object's or interface's own fields, and on any composite type (unions included) the meta-field
/// <c>__typename</c>. Fields under an unknown type are left alone, as another rule reports the type.
/// </summary>
public sealed class FieldSelectionsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is FieldNode field && context.TypeInfo is { ParentType: { } parentType, FieldDefinition: null })
            {
                context.ReportError($"Cannot query field \"{field.Name.Value}\" on type \"{parentType.Name}\".", field);
            }

            return true;
        }
    }
}
