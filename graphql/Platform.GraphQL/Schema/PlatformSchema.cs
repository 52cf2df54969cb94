namespace Platform.GraphQL.Schema;

/// <summary>The platform's GraphQL schema (API contract v1).</summary>
public sealed class PlatformSchema : global::GraphQL.Types.Schema
{
    /// <summary>Builds the schema from the container's graph types.</summary>
    public PlatformSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Hikikomori support platform: directory, programs, national figures and case files.";

        // The contract's Date and DateTime scalars, not GraphQL.NET's defaults for these CLR types.
        RegisterTypeMapping(typeof(DateOnly), typeof(DateScalarType));
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(DateTimeScalarType));
        RegisterTypeMapping(typeof(long), typeof(LongScalarType));
        RegisterVisitor(new SchemaDescriptions());
        ModernIntrospection.Enable(this);
    }

    /// <inheritdoc/>
    protected override void OnBeforeInitializeType(global::GraphQL.Types.IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        ModernIntrospection.Extend(graphType);
    }
}
