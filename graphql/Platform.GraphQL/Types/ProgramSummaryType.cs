using GraphQL.Types;
using Platform.Tenants.Programs;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL type <c>ProgramSummary</c>: program counts by tier, as in the national tables.</summary>
public sealed class ProgramSummaryType : ObjectGraphType<ProgramSummary>
{
    /// <summary>Defines the fields.</summary>
    public ProgramSummaryType()
    {
        Name = "ProgramSummary";
        Field(x => x.FiscalYear);
        Field(x => x.PrefectureCenters);
        Field(x => x.MunicipalCenters).Description("Includes the designated cities' centers, as the national tables do.");
        Field(x => x.SupportStations);
        Field(x => x.SupportProjects);
        Field(x => x.Total);
    }
}
