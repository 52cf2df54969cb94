using Platform.Tenants.Notifications;

namespace Platform.Tests.TestCluster;

/// <summary>
/// Notices across silos: a subscriber connected through silo 3 (its observer lives there, as an
/// open event stream's does on its web host) receives a notice raised at silo 1, once, and only
/// the notices meant for it.
/// </summary>
[Collection(TestClusterCollection.Name)]
public sealed class NotificationAcrossSilosTests(PlatformTestCluster cluster)
{
    [Fact]
    public async Task ANoticeRaisedAtSilo1_ReachesASubscriberConnectedThroughSilo3_Once()
    {
        string tenant;
        Caller worker;
        for (var i = 0; ; i++)
        {
            // The book on neither the subscriber's silo nor, preferably, the raiser's: the notice crosses twice.
            Assert.True(i < 20, "no notification book was placed away from the subscriber's silo");
            tenant = CaseTenants.Next();
            worker = new Caller("cluster-subscriber", tenant, [Roles.Caseworker]);
            var probe = cluster.EnterAt(1).GetGrain<INotificationBookGrain>(tenant);
            await cluster.As(worker, () => probe.List(null, 1));
            if (cluster.SiloOf(probe) == 1 || (i >= 5 && cluster.SiloOf(probe) != 2))
            {
                break;
            }
        }

        var observer = new Subscriber();
        var reference = cluster.EnterAt(2).CreateObjectReference<INotificationObserver>(observer);
        await cluster.As(worker, async () => { await cluster.EnterAt(2).GetGrain<INotificationBookGrain>(tenant).Subscribe(reference); return 0; });

        var caseKey = $"{tenant}/{Guid.NewGuid():N}";
        NoticeDraft Draft(string audience) => new(NoticeKind.CaseReassigned, audience, "Case", caseKey, $"reassigned|{audience}|{caseKey}");
        var drafts = new[] { Draft(NoticeAudience.Person(worker.Subject)), Draft(NoticeAudience.Person("someone-else")) };
        await cluster.As(CallerContext.System, async () => { await cluster.EnterAt(0).GetGrain<INotificationBookGrain>(tenant).Raise([.. drafts]); return 0; });

        for (var deadline = DateTime.UtcNow.AddSeconds(20); observer.Notices.IsEmpty; await Task.Delay(100))
        {
            Assert.True(DateTime.UtcNow < deadline, "After 20 s the subscriber on silo 3 has received nothing.");
        }

        // Raising the same notices again (a retry) tells nobody twice.
        await cluster.As(CallerContext.System, async () => { await cluster.EnterAt(0).GetGrain<INotificationBookGrain>(tenant).Raise([.. drafts]); return 0; });
        await Task.Delay(500);
        var notice = Assert.Single(observer.Notices);
        Assert.Equal((NoticeKind.CaseReassigned, NoticeAudience.Person(worker.Subject), caseKey), (notice.Kind, notice.Audience, notice.ObjectId));
        await cluster.As(worker, async () => { await cluster.EnterAt(2).GetGrain<INotificationBookGrain>(tenant).Unsubscribe(reference); return 0; });
        cluster.EnterAt(2).DeleteObjectReference<INotificationObserver>(reference);
    }

    private sealed class Subscriber : INotificationObserver
    {
        public ConcurrentQueue<Notice> Notices { get; } = new();

        public void Received(Notice notice) => Notices.Enqueue(notice);
    }
}
