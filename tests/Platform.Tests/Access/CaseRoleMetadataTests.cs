using GraphQL;
using GraphQL.Types;

namespace Platform.Tests.Access;

/// <summary>
/// The case roles are the schema's: no case resolver checks them again. Every root field that
/// reaches case data, and every mutation that names a case, must declare roles that are all
/// case roles (found by walking the schema, so a new case field is covered without listing it).
/// <c>node</c> and <c>nodes</c> reach a case through the <c>Node</c> interface; the rule of the
/// case grain's method decides those (see <c>CaseIsolationTests</c>).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseRoleMetadataTests(PlatformFixture fixture)
{
    // What only case staff may read: a case, its counters, a worker's caseload, a task or appointment.
    private static readonly HashSet<string> CaseData = ["Case", "CaseStatistics", "WorkerCaseload", "WorkItem"];

    [Fact]
    public void EveryRootFieldReachingCaseData_DeclaresCaseRolesOnly()
    {
        var schema = fixture.Host.App.Services.GetRequiredService<ISchema>();
        var caseFields = new List<string>();
        foreach (var field in schema.Query.Fields.Concat(schema.Mutation!.Fields))
        {
            if (!Reaches(field.ResolvedType!, []) && !NamesACase(field))
            {
                continue;
            }

            caseFields.Add(field.Name);
            var roles = field.GetRoles() ?? [];
            Assert.True(roles.Count > 0, $"{field.Name} reaches case data and declares no roles");
            Assert.All(roles, role => Assert.Contains(role, CaseRoles.Staff));
        }

        // The walk finds the case fields it is meant to find.
        Assert.Superset(new HashSet<string> { "case", "cases", "caseload", "caseStatistics", "myWork", "openCase", "transferCase", "addTask", "requestConsultation" }, caseFields.ToHashSet());
    }

    // True when the type, or an object type one of its fields returns, is case data.
    private static bool Reaches(IGraphType type, HashSet<string> seen)
    {
        var named = type.GetNamedType();
        if (CaseData.Contains(named.Name))
        {
            return true;
        }

        return named is IObjectGraphType obj && seen.Add(obj.Name) && obj.Fields.Any(f => Reaches(f.ResolvedType!, seen));
    }

    // A mutation whose input names a case.
    private static bool NamesACase(FieldType field) =>
        field.Arguments?.Find("input")?.ResolvedType?.GetNamedType() is IInputObjectGraphType input && input.HasField("caseId");
}
