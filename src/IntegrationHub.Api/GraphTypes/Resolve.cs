using IntegrationHub.GraphQL.Execution;

namespace IntegrationHub.Api.GraphTypes;

/// <summary>Typed resolvers over a parent value of a known CLR type, so that field definitions read as
/// <c>Resolve.From&lt;Member&gt;(m =&gt; m.NationalId)</c> rather than casting in every lambda.</summary>
public static class Resolve
{
    /// <summary>A resolver reading a value from the parent synchronously.</summary>
    public static FieldResolver From<TParent>(Func<TParent, object?> read) =>
        context => new ValueTask<object?>(read((TParent)context.Parent!));

    /// <summary>A resolver loading a value for the parent (through a batched loader, typically).</summary>
    public static FieldResolver FromAsync<TParent, TValue>(Func<IResolverContext, TParent, Task<TValue>> load) =>
        async context => await load(context, (TParent)context.Parent!);
}
