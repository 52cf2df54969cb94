using Platform.GraphQL.Satellites.Inputs;
using Platform.GraphQL.Satellites.Types;
using Platform.Tenants.Municipalities;
using Platform.Tenants.PrefecturalSupport;

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
        mutation.Mutation<EstablishSatelliteInputType, EstablishSatelliteInput, SatelliteRecord>("establishSatellite", Payload("EstablishSatellitePayload"), Officers,
            "Establishes a satellite of the caller's prefectural center in one of its municipalities that runs no program.",
            async (ctx, input) =>
            {
                if (MunicipalityCodes.Lookup(ctx.Directory(), input.MunicipalityCode, out var municipality) is { } error)
                {
                    return error;
                }

                var result = await ctx.Grains().Grain<IPrefecturalSupportGrain>(municipality!.PrefectureCode)
                    .EstablishSatellite(municipality.Code, input.EstablishedOn, input.PlannedTransitionOn, input.ClientMutationId);
                return new(result.Satellite, result.Errors);
            });
        mutation.Mutation<ExtendSatelliteInputType, ExtendSatelliteInput, SatelliteRecord>("extendSatellite", Payload("ExtendSatellitePayload"), Officers,
            "Moves the planned transition later; the reason is kept in the history.",
            (ctx, i) => SatelliteAccess.ChangeAsync(ctx, i.SatelliteId, nameof(ISatelliteGrain.Extend), g => g.Extend(i.PlannedTransitionOn, i.Reason, i.ClientMutationId)));
        mutation.Mutation<TransitionSatelliteInputType, TransitionSatelliteInput, SatelliteRecord>("transitionSatellite", Payload("TransitionSatellitePayload"), Officers,
            "Hands the satellite over: designates the municipality's program for the fiscal year, moves cases with a transfer consent, lists the others for follow-up.",
            (ctx, i) => SatelliteAccess.ChangeAsync(ctx, i.SatelliteId, nameof(ISatelliteGrain.Transition), g => g.Transition(
                new SatelliteTransition(i.TransitionedOn, i.Tier, [.. i.Functions], i.Operator is { } op ? new ProgramOperator(op.Kind, op.Name) : null),
                i.ClientMutationId)));
        mutation.Mutation<CloseSatelliteInputType, CloseSatelliteInput, SatelliteRecord>("closeSatellite", Payload("CloseSatellitePayload"), Officers,
            "Closes the satellite without a handover; its cases stay with the prefecture.",
            (ctx, i) => SatelliteAccess.ChangeAsync(ctx, i.SatelliteId, nameof(ISatelliteGrain.Close), g => g.Close(i.ClosedOn, i.Reason, i.ClientMutationId)));
        mutation.Mutation<GrantPreparationSupportInputType, GrantPreparationSupportInput, PreparationGrantNode>("grantPreparationSupport",
            new PayloadType<PreparationGrantType, PreparationGrantNode>("GrantPreparationSupportPayload", "grant"), Officers,
            "Grants preparation support (準備支援) to a municipality of the caller's prefecture, on condition it runs the committed tier next fiscal year.",
            async (ctx, input) =>
            {
                if (MunicipalityCodes.Lookup(ctx.Directory(), input.MunicipalityCode, out var municipality) is { } error)
                {
                    return error;
                }

                var request = new PreparationGrantRequest(municipality!.Code, input.FiscalYear, [.. input.Items.Select(i => new PreparationGrantItem(i.Item, i.AmountYen))], input.CommittedTier);
                var result = await ctx.Grains().Grain<IPrefecturalSupportGrain>(municipality.PrefectureCode).GrantPreparationSupport(request, input.ClientMutationId);
                return new(result.Grant is { } grant ? await SatelliteFields.GrantNodeAsync(ctx, grant) : null, result.Errors);
            });
        mutation.Mutation<RecordStartupSupportInputType, RecordStartupSupportInput, ProgramRecord>("recordStartupSupport",
            new PayloadType<ProgramType, ProgramRecord>("RecordStartupSupportPayload", "program", "The program with its prefecturalStartupSupport flag as recorded."), Officers,
            "Records the prefecture's start-up support (立ち上げ支援) of a municipality's program: its prefecturalStartupSupport flag.",
            async (ctx, input) =>
            {
                var (grain, error) = await MunicipalityCodes.GrainAsync(ctx, input.MunicipalityCode, nameof(IMunicipalityGrain.RecordStartupSupport));
                if (error is not null)
                {
                    return error;
                }

                var result = await grain!.RecordStartupSupport(ArgumentRules.FiscalYear(input.FiscalYear), input.Provided, input.ClientMutationId);
                return new(result.Program, result.Errors);
            });
    }

    // One payload type a satellite mutation, each { clientMutationId satellite errors }.
    private static PayloadType<SatelliteGraphType, SatelliteRecord> Payload(string name) =>
        new(name, "satellite", "The satellite as it now stands; null when errors is not empty.");
}
