namespace Platform.Tenants.Notifications;

/// <summary>
/// How a grain raises notices in a tenant's feed as the platform itself. A notice is a pointer,
/// not a record: when the feed cannot be reached it is retried from a timer while the raising
/// grain is active, and the feed drops repeats by key.
/// </summary>
internal static class NoticeSender
{
    /// <summary>Raises <paramref name="drafts"/> in the feed of <paramref name="tenant"/>.</summary>
    public static Task Notify(this Grain grain, IGrainFactory grains, CallerSigner signer, ILogger logger, string tenant, params NoticeDraft[] drafts) =>
        grain.SendOrRetry(
            async () =>
            {
                using (CallerContext.EnterSystem(signer))
                {
                    await grains.Grain<INotificationBookGrain>(tenant).Raise([.. drafts]);
                }
            },
            () => grain.Notify(grains, signer, logger, tenant, drafts),
            logger,
            "Notices for tenant {Tenant} could not be raised; they will be retried",
            tenant);
}
