using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Required Fields (spec 5.6.4). An input object literal must give every field of non-null type
/// that has no default value. (Giving it <c>null</c> is a value error, reported by Values of Correct Type.)
/// </summary>
public sealed class InputObjectRequiredFieldsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is ObjectValueNode value && context.TypeInfo.InputType?.Unwrapped is InputObjectType type)
            {
                foreach (var field in type.Fields)
                {
                    if (field.IsRequired && !value.Fields.Any(given => given.Name.Value == field.Name))
                    {
                        context.ReportError(
                            $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {ValuePreview.Of(value)}.",
                            value);
                    }
                }
            }

            return true;
        }
    }
}
