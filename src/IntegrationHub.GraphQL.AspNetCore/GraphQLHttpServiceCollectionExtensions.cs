using IntegrationHub.GraphQL.AspNetCore.Documents;
using IntegrationHub.GraphQL.AspNetCore.Limits;
using IntegrationHub.GraphQL.AspNetCore.TrustedDocuments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL HTTP transport's services.</summary>
public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>Registers the options (validated at start-up), an empty trusted document store and the
    /// allow-any-document policy; replace the last two with <see cref="AddTrustedDocuments"/> and an
    /// <see cref="ITrustedDocumentPolicy"/> of your own.</summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphQLHttpOptions>()
            .Configure(options => configure?.Invoke(options))
            .Validate(options => options.MaxRequestBodyBytes > 0, "GraphQLHttpOptions.MaxRequestBodyBytes must be positive.")
            .Validate(options => options.MaxDocumentLength > 0, "GraphQLHttpOptions.MaxDocumentLength must be positive.")
            .Validate(options => options.MaxJsonDepth >= 2, "GraphQLHttpOptions.MaxJsonDepth must be at least 2 (the request object and one level inside it).")
            .Validate(options => options.MaxTokens > 0, "GraphQLHttpOptions.MaxTokens must be positive.")
            .Validate(options => options.MaxSelectionDepth > 0, "GraphQLHttpOptions.MaxSelectionDepth must be positive.")
            .Validate(options => options.MaxAliases >= 0, "GraphQLHttpOptions.MaxAliases must not be negative.")
            .Validate(options => options.MaxRootFields > 0, "GraphQLHttpOptions.MaxRootFields must be positive.")
            .Validate(options => options.MaxCost > 0, "GraphQLHttpOptions.MaxCost must be positive.")
            .Validate(options => options.DefaultListSize >= 0, "GraphQLHttpOptions.DefaultListSize must not be negative.")
            .Validate(options => options.DocumentCacheSize > 0, "GraphQLHttpOptions.DocumentCacheSize must be positive.")
            .Validate(
                options => options.Introspection != IntrospectionMode.RequirePermission || options.IntrospectionPermission is not null,
                "GraphQLHttpOptions.IntrospectionPermission must be set when Introspection is RequirePermission.")
            .ValidateOnStart();
        services.TryAddSingleton<ITrustedDocumentStore>(TrustedDocumentStore.Empty);
        services.TryAddSingleton<ITrustedDocumentPolicy, AnyDocumentPolicy>();
        services.TryAddSingleton<DocumentResolver>();
        return services;
    }

    /// <summary>Loads the trusted documents in <paramref name="directory"/> now, so a bad file stops start-up
    /// with a message naming it (<see cref="TrustedDocumentLoadException"/>).</summary>
    public static IServiceCollection AddTrustedDocuments(this IServiceCollection services, string directory)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Replace(ServiceDescriptor.Singleton<ITrustedDocumentStore>(TrustedDocumentStore.LoadDirectory(directory)));
        return services;
    }
}
