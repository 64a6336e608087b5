using System.Linq.Expressions;
using System.Text.Json;
using FluentValidation;

namespace IntegrationHub.Api.Referrals.Validation;

/// <summary>A validator of a mutation input whose messages and paths use the input's GraphQL field names
/// (<c>householdId</c>), which are the names the client wrote, rather than the C# ones.</summary>
/// <typeparam name="T">The input record; its property names are the GraphQL names with a capital first letter.</typeparam>
public abstract class InputValidator<T> : AbstractValidator<T>
{
    /// <summary>The GraphQL name of the input field behind C# property <paramref name="propertyName"/>.</summary>
    public static string FieldName(string propertyName) => JsonNamingPolicy.CamelCase.ConvertName(propertyName);

    /// <summary>Starts the rules of one input field.</summary>
    protected IRuleBuilderInitial<T, TField> Field<TField>(Expression<Func<T, TField>> field) =>
        RuleFor(field).Configure(rule => rule.SetDisplayName(FieldName(rule.PropertyName)));
}
