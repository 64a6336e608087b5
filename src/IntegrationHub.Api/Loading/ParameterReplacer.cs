using System.Linq.Expressions;

namespace IntegrationHub.Api.Loading;

/// <summary>Rewrites a one-parameter lambda's body over another parameter, to combine lambdas into one expression
/// tree that EF Core translates as a whole.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
{
    /// <summary>The body of <paramref name="lambda"/> with <paramref name="parameter"/> for its parameter.</summary>
    public static Expression Replace(LambdaExpression lambda, ParameterExpression parameter) =>
        new ParameterReplacer(lambda.Parameters[0], parameter).Visit(lambda.Body);

    /// <inheritdoc />
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
