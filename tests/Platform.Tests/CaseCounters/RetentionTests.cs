using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Platform.Tenants.Access;
using Platform.Tenants.Cases;
using Platform.Tenants.Common;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.CaseCounters;

[Collection(PlatformCollection.Name)]
public sealed class RetentionTests(PlatformFixture fixture)
{
    private const string Tenant = "012041"; // Asahikawa

    [Fact]
    public async Task PurgeExpired_RemovesPersonalDataOfOldClosedCases_AndKeepsTheirCounts()
    {
        var admin = new Caller("retention-test", Tenant, [Roles.TenantAdmin]);
        var oldId = Guid.NewGuid().ToString("N");
        var recentId = Guid.NewGuid().ToString("N");
        var old = fixture.Host.Grains.GetGrain<ICaseGrain>($"{Tenant}/{oldId}");
        var recent = fixture.Host.Grains.GetGrain<ICaseGrain>($"{Tenant}/{recentId}");
        var subject = new CaseSubject("旭川 太郎", "あさひかわ たろう", 1970, null, Gender.Male, "旭川市1-1", "0166-00-0000", null);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

        await As(admin, () => old.Open(new CaseIntake(new DateOnly(2010, 4, 5), ReferralSource.Family, subject, null, null, [Concern.Poverty], null, "秘密のメモ"), null));
        await As(admin, () => old.Close(new DateOnly(2011, 3, 1), ClosureReason.Work, null));
        await As(admin, () => recent.Open(new CaseIntake(today.AddDays(-10), ReferralSource.Person, subject, null, null, [], null, null), null));
        await As(admin, () => recent.Close(today, ClosureReason.GoalReached, null));
        var before = await As(admin, () => fixture.Host.Grains.GetGrain<ICaseBookGrain>(Tenant).GetStatistics(2010, null));

        Assert.Equal(5, await As(admin, () => fixture.Host.Grains.GetGrain<ICaseBookGrain>(Tenant).SetRetention(5)));

        // The daily tick finds the cases idle: each activates when the book purges it.
        await fixture.Host.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var purged = await As(CallerContext.System, () => fixture.Host.Grains.GetGrain<ICaseBookGrain>(Tenant).PurgeExpired().WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(1, purged);
        var oldFile = (await As(admin, () => old.Get()))!;
        Assert.True(oldFile.Purged);
        Assert.Null(oldFile.Subject);
        Assert.Null(oldFile.Notes);
        Assert.Empty(oldFile.Concerns);
        Assert.Equal(ClosureReason.Work, oldFile.ClosureReason);
        Assert.NotNull((await As(admin, () => recent.Get()))!.Subject);

        var after = await As(admin, () => fixture.Host.Grains.GetGrain<ICaseBookGrain>(Tenant).GetStatistics(2010, null));
        Assert.Equal(before.NewCases, after.NewCases);
        Assert.Equal(before.ClosuresByReason.ToDictionary(), after.ClosuresByReason.ToDictionary());
        Assert.Equal(before.NewCasesByAgeBand.ToDictionary(), after.NewCasesByAgeBand.ToDictionary());
    }

    [Fact]
    public async Task SetRetention_OutsideOneToThirtyYears_IsRefused()
    {
        var admin = new Caller("retention-test", Tenant, [Roles.TenantAdmin]);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => As(admin, () => fixture.Host.Grains.GetGrain<ICaseBookGrain>(Tenant).SetRetention(0)));
    }

    private async Task<T> As<T>(Caller caller, Func<Task<T>> call)
    {
        CallerContext.Set(fixture.Host.App.Services.GetRequiredService<CallerSigner>().Seal(caller));
        try
        {
            return await call();
        }
        finally
        {
            CallerContext.Set(null);
        }
    }
}
