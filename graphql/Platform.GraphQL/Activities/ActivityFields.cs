using System.Globalization;
using Platform.GraphQL.Activities.Types;
using Platform.Tenants.Prefectures;

namespace Platform.GraphQL.Activities;

/// <summary>
/// The activity fields of <c>Municipality</c> and <c>Prefecture</c>. Public: the consultation
/// desk (once publicised) and the public places of belonging. The tenant's own staff and its
/// prefecture's: the activities, every place, function delivery and the tier check.
/// </summary>
internal static class ActivityFields
{
    /// <summary>Adds the fields to the <c>Municipality</c> type.</summary>
    public static void AddTo(ObjectGraphType<MunicipalityInfo> type) => Add(type, m => m.Code);

    /// <summary>
    /// Adds the fields to the <c>Prefecture</c> type (the prefecture as a tenant), and the list of
    /// its municipalities' flagged programs.
    /// </summary>
    public static void AddTo(ObjectGraphType<PrefectureInfo> type)
    {
        Add(type, p => p.LgCode);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FlaggedProgramType>>>, IEnumerable<FlaggedProgram>>("flaggedPrograms")
            .Description("The municipalities' programs of an ended fiscal year with a required function that no record shows; for the prefecture's own staff.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(async ctx =>
            {
                var year = ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear"));
                // The prefecture's own staff: the rule of its own book's tier delivery.
                await ActivityAccess.ReaderBookAsync(ctx, ctx.Source.LgCode, nameof(IActivityBookGrain.GetTierDelivery));

                // Only the municipalities that ran a program that year: the prefecture's roll-up knows them.
                var running = await ctx.Grains().Grain<Tenants.Prefectures.IPrefectureGrain>(ctx.Source.Code).GetMunicipalTiers(year);
                var deliveries = await Task.WhenAll(running.Keys.Order(StringComparer.Ordinal).Select(async code =>
                    (Code: code, Delivery: await GrainCalls.CallAsync(() => ctx.Grains().Grain<IActivityBookGrain>(code).GetTierDelivery(year)))));
                return deliveries.Where(d => d.Delivery is { Flagged: true }).Select(d => new FlaggedProgram(d.Code, d.Delivery!));
            });
    }

    private static void Add<T>(ObjectGraphType<T> type, Func<T, string> tenantOf)
    {
        IActivityBookGrain Book(IResolveFieldContext<T> ctx) => ctx.Grains().Grain<IActivityBookGrain>(tenantOf(ctx.Source));

        type.Field<ConsultationDeskType, ConsultationDesk>("consultationDesk")
            .Description("The consultation desk (相談窓口), once publicised; public.")
            .ResolveAsync(ctx => Book(ctx).GetPublicDesk());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceOfBelongingType>>>, IEnumerable<PlaceOfBelonging>>("placesOfBelonging")
            .Description("Places of belonging: the public ones for everyone; all of them for the tenant's own staff and its prefecture's.")
            .ResolveAsync(async ctx =>
            {
                return GrainGate.Admits<IActivityBookGrain>(ctx, tenantOf(ctx.Source), nameof(IActivityBookGrain.GetPlaces))
                    ? await Book(ctx).GetPlaces()
                    : await Book(ctx).GetPublicPlaces();
            });
        type.Field<NonNullGraphType<ActivityConnectionType>, Connection<Activity>>("activities")
            .Description("Activities held in a fiscal year, oldest first; for the tenant's own staff and its prefecture's.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .Argument<ActivityKindEnumType>("kind", "Only activities of this kind; all when omitted.")
            .ForwardPaging()
            .BackwardPaging()
            .ResolveAsync(async ctx =>
            {
                var year = ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear"));
                var book = await ActivityAccess.ReaderBookAsync(ctx, tenantOf(ctx.Source), nameof(IActivityBookGrain.GetActivities));
                var items = await GrainCalls.CallAsync(() => book.GetActivities(year, ctx.GetArgument<ActivityKind?>("kind")));
                return Paging.Page(items, a => a.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + a.Id, ctx);
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunctionDeliveryType>>>, IEnumerable<FunctionDelivery>>("functionDelivery")
            .Description("Each support function and whether the records show it delivered in the fiscal year; for the tenant's own staff and its prefecture's.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(async ctx =>
            {
                var year = ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear"));
                var book = await ActivityAccess.ReaderBookAsync(ctx, tenantOf(ctx.Source), nameof(IActivityBookGrain.GetFunctionDelivery));
                return await GrainCalls.CallAsync(() => book.GetFunctionDelivery(year));
            });
        type.Field<TierDeliveryType, TierDelivery>("tierDelivery")
            .Description("The program of the fiscal year against its tier's rules, flagged when a required function has no evidence by the year's end; null without a program.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(async ctx =>
            {
                var year = ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear"));
                var book = await ActivityAccess.ReaderBookAsync(ctx, tenantOf(ctx.Source), nameof(IActivityBookGrain.GetTierDelivery));
                return await GrainCalls.CallAsync(() => book.GetTierDelivery(year));
            });
    }
}
