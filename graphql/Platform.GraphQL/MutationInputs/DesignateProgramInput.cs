using Platform.Tenants.Programs;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.MutationInputs;

/// <summary>The input of <c>designateProgram</c>; exactly one of the two codes is given.</summary>
public sealed class DesignateProgramInput : MutationInput
{
    /// <summary>The municipality whose program this is (6-digit LG code).</summary>
    public string? MunicipalityCode { get; set; }

    /// <summary>The prefecture whose own center this is ("13" or "130001").</summary>
    public string? PrefectureCode { get; set; }

    /// <summary>The fiscal year (the Gregorian year it starts in).</summary>
    public int FiscalYear { get; set; }

    /// <summary>The tier.</summary>
    public ProgramTier Tier { get; set; }

    /// <summary>The functions delivered.</summary>
    public List<SupportFunction> Functions { get; set; } = [];

    /// <summary>Who runs it, when known.</summary>
    public ProgramOperatorInput? Operator { get; set; }
}
