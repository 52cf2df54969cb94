using GraphQL;
using GraphQL.Types;
using Platform.GraphQL.Cases;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Satellites.Inputs;
using Platform.GraphQL.Satellites.Types;
using Platform.GraphQL.Schema;
using Platform.GraphQL.Types;
using Platform.Tenants.Common;
using Platform.Tenants.Municipalities;
using Platform.Tenants.PrefecturalSupport;
using Platform.Tenants.Programs;
using Platform.Tenants.Satellites;

namespace Platform.GraphQL.Satellites;

/// <summary>
/// The mutations of a prefecture's back-up work: satellites, start-up support and preparation
/// grants. Each names its target; the grains' call filter admits only that prefecture's officers.
/// </summary>
internal static class SatelliteMutations
{
    private static readonly string[] Officers = [Roles.PrefecturalOfficer, Roles.TenantAdmin];

    /// <summary>Adds the mutations to <paramref name="mutation"/>.</summary>
    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EstablishSatellitePayloadType>, MutationPayload<SatelliteRecord>>("establishSatellite")
            .AuthorizeWithRoles(Officers)
            .Description("Establishes a satellite of the caller's prefectural center in one of its municipalities that runs no program.")
            .Argument<NonNullGraphType<EstablishSatelliteInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(EstablishAsync);
        Change<ExtendSatellitePayloadType, ExtendSatelliteInputType, ExtendSatelliteInput>(mutation, "extendSatellite", nameof(ISatelliteGrain.Extend),
            "Moves the planned transition later; the reason is kept in the history.",
            (grain, i) => grain.Extend(i.PlannedTransitionOn, i.Reason, i.ClientMutationId));
        Change<TransitionSatellitePayloadType, TransitionSatelliteInputType, TransitionSatelliteInput>(mutation, "transitionSatellite", nameof(ISatelliteGrain.Transition),
            "Hands the satellite over: designates the municipality's program for the fiscal year, moves cases with a transfer consent, lists the others for follow-up.",
            (grain, i) => grain.Transition(
                new SatelliteTransition(i.TransitionedOn, i.Tier, [.. i.Functions], i.Operator is { } op ? new ProgramOperator(op.Kind, op.Name) : null),
                i.ClientMutationId));
        Change<CloseSatellitePayloadType, CloseSatelliteInputType, CloseSatelliteInput>(mutation, "closeSatellite", nameof(ISatelliteGrain.Close),
            "Closes the satellite without a handover; its cases stay with the prefecture.",
            (grain, i) => grain.Close(i.ClosedOn, i.Reason, i.ClientMutationId));
        mutation.Field<NonNullGraphType<GrantPreparationSupportPayloadType>, MutationPayload<PreparationGrantNode>>("grantPreparationSupport")
            .AuthorizeWithRoles(Officers)
            .Description("Grants preparation support (準備支援) to a municipality of the caller's prefecture, on condition it runs the committed tier next fiscal year.")
            .Argument<NonNullGraphType<GrantPreparationSupportInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(GrantAsync);
        mutation.Field<NonNullGraphType<RecordStartupSupportPayloadType>, MutationPayload<ProgramRecord>>("recordStartupSupport")
            .AuthorizeWithRoles(Officers)
            .Description("Records the prefecture's start-up support (立ち上げ支援) of a municipality's program: its prefecturalStartupSupport flag.")
            .Argument<NonNullGraphType<RecordStartupSupportInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(StartupSupportAsync);
    }

    private static async Task<MutationPayload<SatelliteRecord>?> EstablishAsync(IResolveFieldContext<object?> ctx)
    {
        ctx.RequireCaller();
        var input = ctx.GetArgument<EstablishSatelliteInput>("input");
        var catalog = await ctx.CatalogAsync();
        if ((MutationType.Lookup(catalog, input.MunicipalityCode, out var municipality) ?? ClientMutationIds.TooLong(input.ClientMutationId)) is { } error)
        {
            return MutationPayload<SatelliteRecord>.Failed(input.ClientMutationId, error);
        }

        var result = await GrainCalls.CallAsync(() => ctx.Grains().GetGrain<IPrefecturalSupportGrain>(municipality!.PrefectureCode)
            .EstablishSatellite(municipality.Code, input.EstablishedOn, input.PlannedTransitionOn, input.ClientMutationId));
        return new MutationPayload<SatelliteRecord>(input.ClientMutationId, result.Satellite, result.Errors);
    }

    private static void Change<TPayloadType, TInputType, TInput>(
        ObjectGraphType mutation, string name, string method, string description, Func<ISatelliteGrain, TInput, Task<SatelliteResult>> call)
        where TPayloadType : SatellitePayloadType
        where TInputType : SatelliteMutationInputType<TInput>
        where TInput : SatelliteMutationInput
    {
        mutation.Field<NonNullGraphType<TPayloadType>, MutationPayload<SatelliteRecord>>(name)
            .AuthorizeWithRoles(Officers)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                ctx.RequireCaller();
                var input = ctx.GetArgument<TInput>("input");
                if (ClientMutationIds.TooLong(input.ClientMutationId) is { } error)
                {
                    return MutationPayload<SatelliteRecord>.Failed(null, error);
                }

                var key = await SatelliteAccess.GrainKeyAsync(ctx, input.SatelliteId);
                var grain = await GrainGate.OpenAsync<ISatelliteGrain>(ctx, key, method, SatelliteAccess.NodeType);
                var result = await GrainCalls.CallAsync(() => call(grain, input));
                if (result.Errors.FirstOrDefault(e => e.Code == "SATELLITE_NOT_FOUND") is { } notFound)
                {
                    throw new ApiException(ErrorCodes.NotFound, notFound.Message);
                }

                return new MutationPayload<SatelliteRecord>(input.ClientMutationId, result.Satellite, result.Errors);
            });
    }

    private static async Task<MutationPayload<PreparationGrantNode>?> GrantAsync(IResolveFieldContext<object?> ctx)
    {
        ctx.RequireCaller();
        var input = ctx.GetArgument<GrantPreparationSupportInput>("input");
        var catalog = await ctx.CatalogAsync();
        if ((MutationType.Lookup(catalog, input.MunicipalityCode, out var municipality) ?? ClientMutationIds.TooLong(input.ClientMutationId)) is { } error)
        {
            return MutationPayload<PreparationGrantNode>.Failed(input.ClientMutationId, error);
        }

        var request = new PreparationGrantRequest(municipality!.Code, input.FiscalYear, [.. input.Items.Select(i => new PreparationGrantItem(i.Item, i.AmountYen))], input.CommittedTier);
        var result = await GrainCalls.CallAsync(() => ctx.Grains().GetGrain<IPrefecturalSupportGrain>(municipality.PrefectureCode)
            .GrantPreparationSupport(request, input.ClientMutationId));
        var node = result.Grant is { } grant ? await SatelliteFields.GrantNodeAsync(ctx, grant) : null;
        return new MutationPayload<PreparationGrantNode>(input.ClientMutationId, node, result.Errors);
    }

    private static async Task<MutationPayload<ProgramRecord>?> StartupSupportAsync(IResolveFieldContext<object?> ctx)
    {
        ctx.RequireCaller();
        var input = ctx.GetArgument<RecordStartupSupportInput>("input");
        var catalog = await ctx.CatalogAsync();
        if ((MutationType.Lookup(catalog, input.MunicipalityCode, out var municipality) ?? ClientMutationIds.TooLong(input.ClientMutationId)) is { } error)
        {
            return MutationPayload<ProgramRecord>.Failed(input.ClientMutationId, error);
        }

        var result = await GrainCalls.CallAsync(() => ctx.Grains().GetGrain<IMunicipalityGrain>(municipality!.Code)
            .RecordStartupSupport(ArgumentRules.FiscalYear(input.FiscalYear), input.Provided, input.ClientMutationId));
        return new MutationPayload<ProgramRecord>(input.ClientMutationId, result.Program, result.Errors);
    }
}
