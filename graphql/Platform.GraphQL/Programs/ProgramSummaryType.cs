namespace Platform.GraphQL.Programs;

/// <summary>GraphQL type <c>ProgramSummary</c>: program counts by tier, as in the national tables.</summary>
public sealed class ProgramSummaryType : ObjectGraphType<ProgramSummary>
{
    public ProgramSummaryType()
    {
        Name = "ProgramSummary";
        Field(x => x.FiscalYear).Description("The fiscal year (年度) counted.");
        Field(x => x.PrefectureCenters).Description("Regional support centers (ひきこもり地域支援センター) run by prefectures.");
        Field(x => x.MunicipalCenters).Description("Includes the designated cities' centers, as the national tables do.");
        Field(x => x.SupportStations).Description("Support stations (ひきこもり支援ステーション事業).");
        Field(x => x.SupportProjects).Description("Support projects (ひきこもりサポート事業).");
        Field(x => x.Total);
    }
}
