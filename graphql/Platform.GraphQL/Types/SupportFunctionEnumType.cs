using GraphQL.Types;
using Platform.Tenants.Programs;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL enum <c>SupportFunction</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class SupportFunctionEnumType : EnumerationGraphType<SupportFunction>
{
    /// <summary>Names the type as the contract does.</summary>
    public SupportFunctionEnumType()
    {
        Name = "SupportFunction";
        Description = "A function of hikikomori support; ① to ⑤ are the core ones, outreach and fact-finding optional.";
    }
}
