using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tenants.Access;
using Platform.Tenants.Common;
using Platform.Tenants.Directory;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Access;

/// <summary>
/// Every grain method, found by reflection, tried by every role of tenants that do not own the
/// grain: each non-public method must refuse them all before any grain code runs.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GrainIsolationTests(PlatformFixture fixture)
{
    private static readonly string[] AllRoles =
        [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer, Roles.NationalAnalyst, Roles.Integrator];

    // Tenants that own nothing the sample grains hold: another municipality in another
    // prefecture, a designated city, another prefecture, the nation.
    private static readonly string[] OtherTenants = ["012025", "141003", "140007", "nation"];

    public static TheoryData<string, string> Methods()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in GrainMethods())
        {
            data.Add(method.DeclaringType!.Name, method.Name);
        }

        return data;
    }

    [Fact]
    public void EveryGrainMethod_DeclaresAnAccessRule_AndEveryGrainItsOwner()
    {
        foreach (var method in GrainMethods())
        {
            Assert.True(method.GetCustomAttribute<AccessAttribute>() is not null, $"{method.DeclaringType!.Name}.{method.Name} has no [Access] rule");
            Assert.True(method.DeclaringType!.GetCustomAttribute<OwnedByAttribute>() is not null, $"{method.DeclaringType.Name} has no [OwnedBy]");
        }
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task GrainMethod_CalledByAnyRoleOfAnotherTenant_IsDeniedUnlessPublicOrItsRole(string interfaceName, string methodName)
    {
        var method = GrainMethods().Single(m => m.DeclaringType!.Name == interfaceName && m.Name == methodName);
        var rule = method.GetCustomAttribute<AccessAttribute>()!;
        if (rule.Level == AccessLevel.Public)
        {
            return;
        }

        var signer = fixture.Host.App.Services.GetRequiredService<CallerSigner>();
        var grain = fixture.Host.Grains.GetGrain(method.DeclaringType!, SampleKey(method.DeclaringType!));
        var callers = OtherTenants.SelectMany(t => AllRoles.Select(r => (Caller?)new Caller($"intruder-{t}-{r}", t, [r]))).Append(null);
        foreach (var caller in callers)
        {
            // Role-level methods (national aggregates) are open to their role in any tenant.
            if (rule.Level == AccessLevel.Role && caller is not null && rule.Roles.Any(caller.IsInRole))
            {
                continue;
            }

            var error = await Call(grain, method, caller is null ? null : signer.Seal(caller));
            Assert.True(error is AccessDeniedException, $"{interfaceName}.{methodName} by {caller?.TenantCode ?? "anonymous"}/{caller?.Roles.Single()}: {error?.GetType().Name ?? "allowed"}");
        }
    }

    [Fact]
    public async Task GrainCall_WithAForgedSystemContext_IsDenied()
    {
        var method = typeof(Platform.Tenants.Nation.INationGrain).GetMethod("ReportPrefectureFigures")!;
        var forger = new CallerSigner(Enumerable.Repeat((byte)42, 32).ToArray());
        var grain = fixture.Host.Grains.GetGrain(method.DeclaringType!, "nation");
        Assert.IsType<AccessDeniedException>(await Call(grain, method, forger.Seal(CallerContext.System)));
    }

    [Fact]
    public async Task GrainCall_WithAGenuineCallerContextSealedLongerAgoThanItsMaximumAge_IsDenied()
    {
        // The silos' own key: a genuine envelope, only old (kept or replayed).
        var key = Platform.Silo.Access.CallerContextKey.Load(new ConfigurationBuilder().Build(), fixture.Host.DataDirectory);
        var longAgo = new AccessPolicyTests.FixedTime(DateTimeOffset.UtcNow - CallerSigner.MaxAge - TimeSpan.FromMinutes(1));
        var caller = new Caller("replayer", "132292", [Roles.Caseworker]);
        var municipality = fixture.Host.Grains.GetGrain<Platform.Tenants.Municipalities.IMunicipalityGrain>("132292");

        CallerContext.Set(new CallerSigner(key).Seal(caller));
        await municipality.GetPrograms();
        CallerContext.Set(new CallerSigner(key, longAgo).Seal(caller));
        try
        {
            var error = await Assert.ThrowsAsync<AccessDeniedException>(() => municipality.GetPrograms());
            Assert.Contains("expired", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            CallerContext.Set(null);
        }
    }

    private static async Task<Exception?> Call(IGrain grain, MethodInfo method, CallerEnvelope? envelope)
    {
        CallerContext.Set(envelope);
        try
        {
            var args = method.GetParameters().Select(p => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray();
            await (Task)method.Invoke(grain, args)!;
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
        finally
        {
            CallerContext.Set(null);
        }
    }

    private static IEnumerable<MethodInfo> GrainMethods() =>
        typeof(IRegistryGrain).Assembly.GetTypes()
            .Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods())
            .OrderBy(m => m.DeclaringType!.Name).ThenBy(m => m.Name);

    private static string SampleKey(Type grainInterface) => grainInterface.GetCustomAttribute<OwnedByAttribute>()?.Kind switch
    {
        OwnerKind.Municipality => "132292",
        OwnerKind.Prefecture => "13",
        // Satellites belong to prefectures: their keys start with the prefecture's LG code.
        OwnerKind.TenantPrefixed when grainInterface == typeof(Platform.Tenants.Satellites.ISatelliteGrain) => "130001/132292-1",
        OwnerKind.TenantPrefixed => "132292/00000000000000000000000000000000",
        _ => grainInterface == typeof(IRegistryGrain) ? IRegistryGrain.Key : "nation",
    };
}
