using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Names (spec 5.6.2). Every field of an input object literal must be defined by the input
/// object type expected there.
/// </summary>
public sealed class InputObjectFieldNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            // Entering the field moved the type information into it; the object's type is one level up.
            if (node is ObjectFieldNode field
                && context.TypeInfo.ParentInputType?.Unwrapped is InputObjectType type
                && type.GetField(field.Name.Value) is null)
            {
                context.ReportError(
                    $"Expected value of type \"{type.Name}\" not to include unknown field \"{field.Name.Value}\", found: {ValuePreview.Of(context.ParentNode!)}.",
                    field);
            }

            return true;
        }
    }
}
