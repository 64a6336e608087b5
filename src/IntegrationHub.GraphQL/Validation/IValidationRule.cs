namespace IntegrationHub.GraphQL.Validation;

/// <summary>One validation rule. A rule object is stateless and shared; each validation asks it for a fresh
/// visitor that keeps that document's state.</summary>
public interface IValidationRule
{
    /// <summary>Creates the visitor that checks one document, reporting through <paramref name="context"/>.</summary>
    ValidationVisitor CreateVisitor(ValidationContext context);
}
