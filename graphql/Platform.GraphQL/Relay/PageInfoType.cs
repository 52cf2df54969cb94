namespace Platform.GraphQL.Relay;

/// <summary>GraphQL type of <see cref="PageInfo"/>.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page of a connection starts and ends, and whether more items precede or follow it.";
        Field(x => x.HasNextPage).Description("Whether items follow the page's last one (ask for them with after: endCursor).");
        Field(x => x.EndCursor, nullable: true).Description("The cursor of the page's last item; null when the page is empty and no after cursor was given.");
        Field(x => x.HasPreviousPage).Description("Whether items precede the page's first one (ask for them with last and before: startCursor).");
        Field(x => x.StartCursor, nullable: true).Description("The cursor of the page's first item; null when the page is empty.");
    }
}
