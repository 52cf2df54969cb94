using Platform.Tenants.Municipalities;
using Platform.Tenants.Prefectures;

namespace Platform.GraphQL.Programs;

/// <summary><c>designateProgram</c>: the program a municipality or prefecture runs in a fiscal year.</summary>
internal static class ProgramMutations
{
    /// <summary>Adds the mutation to <paramref name="mutation"/>.</summary>
    public static void Add(ObjectGraphType mutation) =>
        mutation.Mutation<DesignateProgramInputType, DesignateProgramInput, ProgramRecord>("designateProgram",
            new PayloadType<ProgramType, ProgramRecord>("DesignateProgramPayload", "program"), [Roles.TenantAdmin, Roles.PrefecturalOfficer],
            "Designates the program a municipality or prefecture runs in a fiscal year (national or prefectural staff).", DesignateProgram);

    private static async Task<Reply<ProgramRecord>> DesignateProgram(IResolveFieldContext ctx, DesignateProgramInput input)
    {
        var directory = ctx.Directory();
        var designation = new ProgramDesignation(
            input.FiscalYear, input.Tier, [.. input.Functions], input.Operator is { } op ? new ProgramOperator(op.Kind, op.Name) : null, input.ClientMutationId);
        if ((input.MunicipalityCode is null) == (input.PrefectureCode is null))
        {
            return new UserError("EXACTLY_ONE_TARGET", "Give exactly one of municipalityCode and prefectureCode.", ["input"]);
        }

        DesignationResult result;
        if (input.MunicipalityCode is { } code)
        {
            var (grain, error) = await MunicipalityCodes.GrainAsync(ctx, code, nameof(IMunicipalityGrain.Designate));
            if (error is not null)
            {
                return error;
            }

            result = await grain!.Designate(designation);
        }
        else
        {
            var prefecture = input.PrefectureCode!.Length is 2 or 6 ? directory.Prefecture(input.PrefectureCode) : null;
            if (prefecture is null)
            {
                return new UserError("UNKNOWN_PREFECTURE", $"There is no prefecture with code '{MunicipalityCodes.Short(input.PrefectureCode)}'.", ["input", "prefectureCode"]);
            }

            var grain = await GrainGate.OpenAsync<IPrefectureGrain>(ctx, prefecture.Code, nameof(IPrefectureGrain.Designate), "Prefecture");
            result = await grain.Designate(designation);
        }

        return new(result.Program, result.Errors);
    }
}
