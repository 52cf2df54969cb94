using System.Reflection;

namespace Platform.Tests.Access;

/// <summary>
/// Every grain method, found by reflection, tried on a grain owned by municipality 132292 (or
/// by Tokyo, 130001) by every role of other tenants, of the owner's prefecture and of the owner
/// itself: each caller the method's rule does not admit is refused by the silo's call filter
/// before any grain code runs. The filter's own trace (its access.denied audit entry naming the
/// grain key and method, in the owner's chain) proves it was the filter, not grain code
/// throwing the same exception after running.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GrainIsolationTests(PlatformFixture fixture)
{
    private const string Owner = "132292";
    private const string OwnersPrefecture = "130001";

    private static readonly string[] AllRoles =
        [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer, Roles.NationalAnalyst, Roles.Integrator];

    // Another municipality in another prefecture, a designated city, another prefecture, the nation.
    private static readonly string[] OtherTenants = ["012025", "141003", "140007", Roles.NationTenant];

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

    [Fact]
    public void EveryTenantOwnedGrain_HasASampleKeyItsOwnerOwns()
    {
        var directory = fixture.Host.App.Services.GetRequiredService<TenantDirectory>();
        foreach (var grain in GrainMethods().Select(m => m.DeclaringType!).Distinct())
        {
            var kind = grain.GetCustomAttribute<OwnedByAttribute>()!.Kind;
            Assert.Equal(OwnerOf(grain), AccessPolicy.OwnerTenant(kind, SampleKey(grain), directory));
            Assert.True(kind == OwnerKind.None || OwnerOf(grain) is not null, $"{grain.Name} is tenant-owned but its sample key names no tenant");
        }
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task GrainMethod_CalledByAnyoneItsRuleDoesNotAdmit_IsRefusedByTheCallFilter(string interfaceName, string methodName)
    {
        var method = GrainMethods().Single(m => m.DeclaringType!.Name == interfaceName && m.Name == methodName);
        var rule = method.GetCustomAttribute<AccessAttribute>()!;
        if (rule.Level == AccessLevel.Public)
        {
            return;
        }

        var key = SampleKey(method.DeclaringType!);
        var owner = OwnerOf(method.DeclaringType!);
        var audit = fixture.Host.App.Services.GetRequiredService<IAuditLog>();
        var chain = owner ?? "platform";
        // Close the windows other tests left open: a denial of the same caller would otherwise
        // be counted into an entry that names another object.
        var denied = fixture.Host.App.Services.GetRequiredService<Platform.GraphQL.Authorization.DeniedAccessAudit>();
        await denied.FlushAsync();
        var from = await audit.CountAsync(chain, CancellationToken.None);

        var signer = fixture.Host.App.Services.GetRequiredService<CallerSigner>();
        var grain = fixture.Host.Grains.GetGrain(method.DeclaringType!, key);
        var refused = new List<string>();
        foreach (var caller in Callers(interfaceName, methodName, owner))
        {
            if (Admits(rule, owner, caller))
            {
                continue;
            }

            var error = await Call(grain, method, caller is null ? null : signer.Seal(caller));
            Assert.True(error is AccessDeniedException, $"{interfaceName}.{methodName} on {key} by {caller?.TenantCode ?? "anonymous"}/{caller?.Roles.Single()}: {error?.GetType().Name ?? "allowed"}");
            refused.Add(caller?.Subject ?? "anonymous");
        }

        // The owner's own callers with a role the rule does not name were tried too.
        var wrongRoles = owner is null ? [] : AllRoles.Where(r => !Admits(rule, owner, new Caller("-", owner, [r]))).ToArray();
        Assert.Equal(wrongRoles.Length, refused.Count(s => s.EndsWith($"@{owner}", StringComparison.Ordinal)));

        // Denials are aggregated per caller, tenant and window: close the open windows first.
        await denied.FlushAsync();
        var denials = await ReadAfterAsync(audit, chain, from);
        var traced = denials
            .Where(r => r.Action == AuditActions.AccessDenied && r.ObjectType == interfaceName && r.ObjectId == $"{key}#{methodName}")
            .Select(r => r.Subject)
            .ToList();
        foreach (var subject in refused)
        {
            Assert.True(traced.Count(s => s == subject) == 1, $"{interfaceName}.{methodName} refused {subject}, but not in the call filter (no denial of it in chain {chain})");
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

    [Fact]
    public async Task GrainCall_WithAForgedContextOfTheOwner_IsDenied()
    {
        var method = typeof(Platform.Tenants.Cases.ICaseBookGrain).GetMethod("List")!;
        var forger = new CallerSigner(Enumerable.Repeat((byte)42, 32).ToArray());
        var grain = fixture.Host.Grains.GetGrain(method.DeclaringType!, Owner);
        var error = await Call(grain, method, forger.Seal(new Caller("forger", Owner, [Roles.Supervisor])));
        Assert.Equal("The caller context is not valid.", Assert.IsType<AccessDeniedException>(error).Message);
    }

    // Every role of other tenants, of the owner's prefecture and of the owner, and anonymous.
    // Subjects name the method, so each denial can be found in the audit chain.
    private static IEnumerable<Caller?> Callers(string interfaceName, string methodName, string? owner)
    {
        var tenants = OtherTenants.Append(OwnersPrefecture);
        if (owner is not null)
        {
            tenants = tenants.Append(owner);
        }

        foreach (var tenant in tenants.Distinct())
        {
            foreach (var role in AllRoles)
            {
                yield return new Caller($"probe-{interfaceName}.{methodName}-{role}@{tenant}", tenant, [role]);
            }
        }

        yield return null;
    }

    // What the rule admits, stated independently of AccessPolicy: its roles; tenant-level methods: the owner (in
    // its owner roles, if named) or, where allowed, its prefecture; prefecture-level: that prefecture only.
    private static bool Admits(AccessAttribute rule, string? owner, Caller? caller) => caller is not null && rule.Roles.Any(caller.IsInRole) && rule.Level switch
    {
        AccessLevel.Role => true,
        AccessLevel.Tenant => owner is not null && ((caller.TenantCode == owner && (rule.OwnerRoles.Length == 0 || rule.OwnerRoles.Any(caller.IsInRole)))
            || (rule.AllowPrefecture && owner == Owner && caller.TenantCode == OwnersPrefecture)),
        AccessLevel.Prefecture => owner == Owner && caller.TenantCode == OwnersPrefecture,
        AccessLevel.MunicipalityOfPrefecture => owner == OwnersPrefecture && caller.TenantCode == Owner,
        _ => false,
    };

    private static async Task<List<AuditRecord>> ReadAfterAsync(IAuditLog audit, string chain, long from)
    {
        var records = new List<AuditRecord>();
        long? cursor = from;
        while (true)
        {
            var page = await audit.ReadAsync(chain, cursor, AuditPage.MaxPageSize, CancellationToken.None);
            records.AddRange(page.Entries.Select(e => e.Record));
            if (!page.HasMore)
            {
                return records;
            }

            cursor = page.EndCursor;
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
        typeof(IDirectoryGrain).Assembly.GetTypes()
            .Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods())
            .OrderBy(m => m.DeclaringType!.Name).ThenBy(m => m.Name);

    // A key of each grain kind owned by municipality 132292, or by Tokyo where the kind belongs to prefectures.
    private static string SampleKey(Type grainInterface) => grainInterface.GetCustomAttribute<OwnedByAttribute>()?.Kind switch
    {
        OwnerKind.Municipality or OwnerKind.Tenant => Owner,
        OwnerKind.Prefecture => "13",
        // Satellites belong to prefectures: their keys start with the prefecture's LG code.
        OwnerKind.TenantPrefixed when grainInterface == typeof(Platform.Tenants.Satellites.ISatelliteGrain) => $"{OwnersPrefecture}/{Owner}-1",
        OwnerKind.TenantPrefixed => $"{Owner}/00000000000000000000000000000000",
        // A program book's key names a prefecture and a fiscal year; it has no owner.
        _ when grainInterface == typeof(Platform.Tenants.Programs.IProgramBookGrain) => Platform.Tenants.Programs.ProgramBookKey.Of("13", 2023),
        _ => grainInterface == typeof(IDirectoryGrain) ? IDirectoryGrain.Key : Roles.NationTenant,
    };

    private static string? OwnerOf(Type grainInterface) => grainInterface.GetCustomAttribute<OwnedByAttribute>()?.Kind switch
    {
        OwnerKind.Prefecture => OwnersPrefecture,
        OwnerKind.TenantPrefixed when grainInterface == typeof(Platform.Tenants.Satellites.ISatelliteGrain) => OwnersPrefecture,
        OwnerKind.Municipality or OwnerKind.Tenant or OwnerKind.TenantPrefixed => Owner,
        _ => null,
    };
}
