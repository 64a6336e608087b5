using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Validation;

namespace IntegrationHub.GraphQL.AspNetCore.Limits;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> (GraphQL spec section 4.2.2) for a caller who may not
/// introspect; <c>__typename</c> stays allowed, since clients need it to read abstract types. The meta-field names
/// are reserved (spec section 3.1.2: names starting with <c>__</c> belong to introspection), so matching the name
/// finds them under any alias and inside fragments.</summary>
/// <param name="reason">Completes "Introspection is …": why this caller may not, e.g. "disabled on this server".</param>
public sealed class IntrospectionRule(string reason) : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, reason);

    private sealed class Visitor(ValidationContext context, string reason) : ValidationVisitor
    {
        private bool _reported;

        public override bool Enter(SyntaxNode node)
        {
            if (!_reported && node is FieldNode { Name.Value: "__schema" or "__type" } field)
            {
                _reported = true;
                context.ReportError(LimitErrors.At(field, GraphQLErrorCodes.IntrospectionDisabled,
                    $"Introspection is {reason}: the field \"{field.Name.Value}\" cannot be queried."));
            }

            return true;
        }
    }
}
