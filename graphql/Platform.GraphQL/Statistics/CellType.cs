using Platform.Tenants.Statistics;

namespace Platform.GraphQL.Statistics;

/// <summary>GraphQL type <c>StatisticsCell</c>: a figure that may be hidden.</summary>
public sealed class CellType : ObjectGraphType<Cell>
{
    public CellType()
    {
        Name = "StatisticsCell";
        Description = "A count of people or contacts. Hidden in published figures when small (\"<5\") or when a total would reveal a small one (\"X\").";
        Field(x => x.Value, nullable: true).Description("The count; null when hidden.");
        Field(x => x.Text).Description("As published: the count, \"<5\" or \"X\".");
        Field<NonNullGraphType<BooleanGraphType>>("suppressed").Description("True when the count is hidden (秘匿) because it is small or could reveal a small one.").Resolve(ctx => ctx.Source.Mark != CellMark.None);
    }
}
