using GraphQL;
using GraphQL.Types;
using Platform.GraphQL.Cases;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.MutationInputs;
using Platform.GraphQL.Types;
using Platform.Tenants.Common;
using Platform.Tenants.Directory;
using Platform.Tenants.Municipalities;
using Platform.Tenants.Prefectures;
using Platform.Tenants.Programs;
using Platform.Tenants.Requests;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Schema;

/// <summary>The root mutation. Every mutation needs a token; resolvers only translate and call grains.</summary>
public sealed class MutationType : ObjectGraphType
{
    /// <summary>Defines the fields.</summary>
    public MutationType()
    {
        Name = "Mutation";
        Description = "The entry points for changes. Each takes one input and answers a payload with user errors instead of failing.";
        this.Mutation<DesignateProgramInputType, DesignateProgramInput, ProgramRecord>("designateProgram",
            new PayloadType<ProgramType, ProgramRecord>("DesignateProgramPayload", "program"), [Roles.TenantAdmin, Roles.PrefecturalOfficer],
            "Designates the program a municipality or prefecture runs in a fiscal year (national or prefectural staff).", DesignateProgram);
        this.Mutation<ReportRequestStatusInputType, ReportRequestStatusInput, MunicipalRequestStatus>("reportRequestStatus",
            new PayloadType<MunicipalRequestStatusType, MunicipalRequestStatus>("ReportRequestStatusPayload", "requestStatus"), [Roles.TenantAdmin, Roles.PrefecturalOfficer],
            "Reports a municipality's answer to the three requests for a fiscal year.", ReportRequestStatus);
        CaseMutations.Add(this);
        Satellites.SatelliteMutations.Add(this);
        Consultations.ConsultationMutations.Add(this);
        Activities.ActivityMutations.Add(this);
        Activities.PlanningFields.AddMutations(this);
        Work.WorkFields.AddMutations(this);
        Notifications.NotificationFields.AddMutations(this);
    }

    private static async Task<Reply<ProgramRecord>> DesignateProgram(IResolveFieldContext ctx, DesignateProgramInput input)
    {
        var caller = ctx.RequireCaller();
        var catalog = await ctx.CatalogAsync();
        var designation = new ProgramDesignation(
            input.FiscalYear, input.Tier, [.. input.Functions], input.Operator is { } op ? new ProgramOperator(op.Kind, op.Name) : null, input.ClientMutationId);
        if ((input.MunicipalityCode is null) == (input.PrefectureCode is null))
        {
            return new UserError("EXACTLY_ONE_TARGET", "Give exactly one of municipalityCode and prefectureCode.", ["input"]);
        }

        DesignationResult result;
        if (input.MunicipalityCode is { } code)
        {
            if (Lookup(catalog, code, out var municipality) is { } error)
            {
                return error;
            }

            Require(Authority.MayAdministerMunicipality(caller, municipality!, catalog), $"The caller may not designate programs of municipality {code}.");
            result = await ctx.Grains().GetGrain<IMunicipalityGrain>(code).Designate(designation);
        }
        else
        {
            var prefecture = input.PrefectureCode!.Length is 2 or 6 ? catalog.Prefecture(input.PrefectureCode) : null;
            if (prefecture is null)
            {
                return new UserError("UNKNOWN_PREFECTURE", $"There is no prefecture with code '{Short(input.PrefectureCode)}'.", ["input", "prefectureCode"]);
            }

            Require(Authority.MayAdministerPrefecture(caller, prefecture), $"The caller may not designate the center of prefecture {prefecture.Code}.");
            result = await ctx.Grains().GetGrain<IPrefectureGrain>(prefecture.Code).Designate(designation);
        }

        return new(result.Program, result.Errors);
    }

    private static async Task<Reply<MunicipalRequestStatus>> ReportRequestStatus(IResolveFieldContext ctx, ReportRequestStatusInput input)
    {
        var caller = ctx.RequireCaller();
        var catalog = await ctx.CatalogAsync();
        if (Lookup(catalog, input.MunicipalityCode, out var municipality) is { } error)
        {
            return error;
        }

        Require(Authority.MayAdministerMunicipality(caller, municipality!, catalog), $"The caller may not report for municipality {municipality!.Code}.");
        var status = new MunicipalRequestStatus(input.FiscalYear, input.DeskClarified, input.DeskPublicized, input.FactFindingSurvey, input.MunicipalPlatform);
        var result = await ctx.Grains().GetGrain<IMunicipalityGrain>(municipality.Code).ReportRequestStatus(status, input.ClientMutationId);
        return new(result.Status, result.Errors);
    }

    /// <summary>The municipality of an input code, or the user error that says why there is none.</summary>
    internal static UserError? Lookup(CatalogIndex catalog, string code, out MunicipalityInfo? municipality)
    {
        municipality = null;
        if (!LgCode.IsValid(code))
        {
            return new("INVALID_LG_CODE", $"'{Short(code)}' is not a 6-digit LG code with a valid check digit.", ["input", "municipalityCode"]);
        }

        municipality = catalog.Municipality(code);
        return municipality is null
            ? new("UNKNOWN_MUNICIPALITY", $"There is no municipality with code {code}.", ["input", "municipalityCode"])
            : null;
    }

    private static void Require(bool allowed, string message)
    {
        if (!allowed)
        {
            throw new ApiException(ErrorCodes.Forbidden, message);
        }
    }


    private static string Short(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
