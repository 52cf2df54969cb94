using GraphQL.Types;

namespace Platform.GraphQL.Relay;

/// <summary>GraphQL type of <see cref="PageInfo"/>.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    /// <summary>Defines the fields.</summary>
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(x => x.HasNextPage);
        Field(x => x.EndCursor, nullable: true);
    }
}
