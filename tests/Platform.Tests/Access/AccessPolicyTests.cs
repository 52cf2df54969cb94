namespace Platform.Tests.Access;

public sealed class AccessPolicyTests
{
    private static readonly AccessAttribute AdminRule = new(AccessLevel.Tenant) { Roles = [Roles.TenantAdmin, Roles.PrefecturalOfficer], AllowPrefecture = true };

    private static AccessAttribute RuleOf<TGrain>(string method) =>
        System.Reflection.CustomAttributeExtensions.GetCustomAttribute<AccessAttribute>(typeof(TGrain).GetMethod(method)!)!;

    private static string? Deny(AccessAttribute? rule, OwnerKind owner, string key, Caller? caller) =>
        AccessPolicy.Deny(rule, owner, key, caller, TenantDirectory.Instance);

    [Fact]
    public void MethodWithoutARule_IsDenied_EvenToAnAdminOfTheOwner() =>
        Assert.NotNull(Deny(null, OwnerKind.Municipality, "132292", new("a", "132292", [Roles.TenantAdmin])));

    [Fact]
    public void PublicMethod_IsOpen_ToAnonymousCallers() =>
        Assert.Null(Deny(new AccessAttribute(AccessLevel.Public), OwnerKind.Municipality, "132292", null));

    [Fact]
    public void TenantMethod_IsOpen_ToTheOwnersAdmin() =>
        Assert.Null(Deny(AdminRule, OwnerKind.Municipality, "132292", new("a", "132292", [Roles.TenantAdmin])));

    [Fact]
    public void TenantMethod_IsOpen_ToTheOwnersPrefecture_WhenAllowed() =>
        Assert.Null(Deny(AdminRule, OwnerKind.Municipality, "132292", new("a", "130001", [Roles.PrefecturalOfficer])));

    [Fact]
    public void TenantMethod_IsClosed_ToAnotherPrefecture() =>
        Assert.NotNull(Deny(AdminRule, OwnerKind.Municipality, "132292", new("a", "140007", [Roles.PrefecturalOfficer])));

    [Fact]
    public void TenantMethod_IsClosed_ToThePrefecture_WhenNotAllowed() =>
        Assert.NotNull(Deny(new AccessAttribute(AccessLevel.Tenant) { Roles = [Roles.PrefecturalOfficer] }, OwnerKind.TenantPrefixed, "132292/case-1", new("a", "130001", [Roles.PrefecturalOfficer])));

    [Fact]
    public void TenantMethod_IsClosed_ToTheOwnerWithoutTheRole() =>
        Assert.NotNull(Deny(AdminRule, OwnerKind.Municipality, "132292", new("a", "132292", [Roles.Caseworker])));

    [Fact]
    public void TenantMethod_IsClosed_ToAnonymousCallers() =>
        Assert.NotNull(Deny(AdminRule, OwnerKind.Municipality, "132292", null));

    [Fact]
    public void OwnerRoles_NarrowTheOwnersOwnCallers_NotThePrefectures()
    {
        var designate = RuleOf<Platform.Tenants.Municipalities.IMunicipalityGrain>(nameof(Platform.Tenants.Municipalities.IMunicipalityGrain.Designate));
        Assert.NotNull(Deny(designate, OwnerKind.Municipality, "132292", new("a", "132292", [Roles.PrefecturalOfficer])));
        Assert.Null(Deny(designate, OwnerKind.Municipality, "132292", new("a", "132292", [Roles.TenantAdmin])));
        Assert.Null(Deny(designate, OwnerKind.Municipality, "132292", new("a", "130001", [Roles.TenantAdmin])));
        Assert.Null(Deny(designate, OwnerKind.Municipality, "132292", new("a", "130001", [Roles.PrefecturalOfficer])));
    }

    [Fact]
    public void PrefectureMethod_IsOpen_ToTheMunicipalitysPrefectureOnly_NeverToTheMunicipality()
    {
        var support = RuleOf<Platform.Tenants.Municipalities.IMunicipalityGrain>(nameof(Platform.Tenants.Municipalities.IMunicipalityGrain.RecordStartupSupport));
        Assert.Null(Deny(support, OwnerKind.Municipality, "132292", new("a", "130001", [Roles.PrefecturalOfficer])));
        Assert.NotNull(Deny(support, OwnerKind.Municipality, "132292", new("a", "132292", [Roles.TenantAdmin])));
        Assert.NotNull(Deny(support, OwnerKind.Municipality, "132292", new("a", "140007", [Roles.PrefecturalOfficer])));
        Assert.NotNull(Deny(support, OwnerKind.Municipality, "132292", new("a", "130001", [Roles.Caseworker])));
        Assert.NotNull(Deny(support, OwnerKind.Municipality, "132292", null));
    }

    [Fact]
    public void MunicipalityOfPrefectureMethod_IsOpen_ToTheOwningPrefecturesMunicipalitiesOnly()
    {
        var hostView = RuleOf<Platform.Tenants.PrefecturalSupport.IPrefecturalSupportGrain>(nameof(Platform.Tenants.PrefecturalSupport.IPrefecturalSupportGrain.GetHostView));
        Assert.Null(Deny(hostView, OwnerKind.Prefecture, "13", new("a", "132292", [Roles.Caseworker])));
        Assert.NotNull(Deny(hostView, OwnerKind.Prefecture, "13", new("a", "141003", [Roles.Caseworker])));
        Assert.NotNull(Deny(hostView, OwnerKind.Prefecture, "13", new("a", "130001", [Roles.TenantAdmin])));
        Assert.NotNull(Deny(hostView, OwnerKind.Prefecture, "13", new("a", "132292", [Roles.PrefecturalOfficer])));
    }

    [Fact]
    public void SystemMethod_IsClosed_ToEveryApiCaller_AndOpenToThePlatform()
    {
        var rule = new AccessAttribute(AccessLevel.System);
        Assert.NotNull(Deny(rule, OwnerKind.None, "nation", new("a", "nation", [Roles.NationalAnalyst, Roles.TenantAdmin])));
        Assert.NotNull(Deny(rule, OwnerKind.None, "nation", new("system", "132292", [CallerContext.SystemRole])));
        Assert.Null(Deny(rule, OwnerKind.None, "nation", CallerContext.System));
    }

    [Fact]
    public void CallerSigner_RejectsAnAlteredOrForeignEnvelope()
    {
        var signer = new CallerSigner(new byte[32]);
        var envelope = signer.Seal(new Caller("a", "132292", [Roles.Caseworker]));
        Assert.True(signer.Verify(envelope));
        Assert.False(signer.Verify(envelope with { Caller = envelope.Caller with { TenantCode = "141003" } }));
        Assert.False(signer.Verify(envelope with { Caller = CallerContext.System }));
        var foreign = new CallerSigner(Enumerable.Repeat((byte)7, 32).ToArray()).Seal(CallerContext.System);
        Assert.False(signer.Verify(foreign));
    }

    [Theory]
    [InlineData("a\u001fb", "132292", "a", "b\u001f132292")]
    [InlineData("a", "b\u001f132292", "a\u001fb", "132292")]
    public void CallerSigner_FieldsHoldingSeparators_CannotPassForAnotherCaller(string subject, string tenant, string otherSubject, string otherTenant)
    {
        var signer = new CallerSigner(new byte[32]);
        var envelope = signer.Seal(new Caller(subject, tenant, [Roles.Caseworker]));

        Assert.False(signer.Verify(envelope with { Caller = new Caller(otherSubject, otherTenant, [Roles.Caseworker]) }));
    }

    [Fact]
    public void CallerSigner_RolesJoinedOrApart_DoNotShareAMac()
    {
        var signer = new CallerSigner(new byte[32]);
        var envelope = signer.Seal(new Caller("a", "132292", [Roles.Caseworker + "\u001e" + Roles.TenantAdmin]));

        Assert.False(signer.Verify(envelope with { Caller = new Caller("a", "132292", [Roles.Caseworker, Roles.TenantAdmin]) }));
    }

    [Fact]
    public void CallerSigner_AnEnvelopeOlderThanTheMaximumAge_IsNotCurrent()
    {
        var now = new FixedTime(DateTimeOffset.UtcNow);
        var sealedThen = new CallerSigner(new byte[32], new FixedTime(now.GetUtcNow() - CallerSigner.MaxAge - TimeSpan.FromSeconds(5))).Seal(CallerContext.System);
        var signer = new CallerSigner(new byte[32], now);

        Assert.True(signer.Verify(sealedThen));
        Assert.False(signer.IsCurrent(sealedThen));
        Assert.True(signer.IsCurrent(signer.Seal(CallerContext.System)));
    }

    [Fact]
    public void TenantPrefixedKey_WhosePrefixIsNoTenant_HasNoOwner_AndIsDenied()
    {
        var rule = new AccessAttribute(AccessLevel.Tenant) { Roles = [Roles.Caseworker] };
        Assert.NotNull(Deny(rule, OwnerKind.TenantPrefixed, "nation/abc", new("a", "nation", [Roles.Caseworker])));
        Assert.Null(Deny(rule, OwnerKind.TenantPrefixed, "132292/abc", new("a", "132292", [Roles.Caseworker])));
    }

    /// <summary>A clock that stands still.</summary>
    internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
