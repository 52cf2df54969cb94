namespace Platform.Tenants.Programs;

/// <summary>
/// Validation of a designation. A program may be designated with functions its tier requires
/// still missing (that is what <c>missingFunctions</c> shows); what is refused is input that
/// cannot describe a program at all.
/// </summary>
public static class DesignationRules
{
    /// <summary>The longest operator name accepted.</summary>
    public const int MaxOperatorNameLength = 200;

    /// <summary>The user errors of <paramref name="designation"/>; empty when it is valid.</summary>
    public static ImmutableArray<UserError> Validate(ProgramDesignation designation, bool forPrefecture)
    {
        var errors = ImmutableArray.CreateBuilder<UserError>();
        if (!FiscalYear.IsValid(designation.FiscalYear))
        {
            errors.Add(new("FISCAL_YEAR_OUT_OF_RANGE", $"The fiscal year must be between {FiscalYear.Min} and {FiscalYear.Max}.", ["input", "fiscalYear"]));
        }

        if (!Enum.IsDefined(designation.Tier))
        {
            errors.Add(new("UNKNOWN_TIER", "The tier is not one of the program tiers.", ["input", "tier"]));
        }
        else if (forPrefecture && designation.Tier != ProgramTier.RegionalSupportCenter)
        {
            errors.Add(new("TIER_NOT_ALLOWED", "A prefecture's own program is its regional support center.", ["input", "tier"]));
        }

        if (designation.Functions.IsDefaultOrEmpty)
        {
            errors.Add(new("FUNCTIONS_REQUIRED", "A program delivers at least one support function.", ["input", "functions"]));
        }
        else if (designation.Functions.Distinct().Count() != designation.Functions.Length)
        {
            errors.Add(new("DUPLICATE_FUNCTION", "Each support function may be listed once.", ["input", "functions"]));
        }
        else if (designation.Functions.Any(f => !Enum.IsDefined(f)))
        {
            errors.Add(new("UNKNOWN_FUNCTION", "A function is not one of the support functions.", ["input", "functions"]));
        }

        if (designation.Operator is { } op)
        {
            var name = op.Name?.Trim();
            if (op.Kind == OperatorKind.Commissioned && string.IsNullOrEmpty(name))
            {
                errors.Add(new("OPERATOR_NAME_REQUIRED", "A commissioned program names its contractor.", ["input", "operator", "name"]));
            }
            else if (name is { Length: > MaxOperatorNameLength })
            {
                errors.Add(new("OPERATOR_NAME_TOO_LONG", $"The operator name may have at most {MaxOperatorNameLength} characters.", ["input", "operator", "name"]));
            }
        }

        return errors.ToImmutable();
    }

    /// <summary>The program a valid designation stores, keeping the start-up support flag already recorded.</summary>
    public static ProgramRecord ToRecord(ProgramDesignation designation, ProgramRecord? existing) => new(
        designation.FiscalYear,
        designation.Tier,
        TierRules.Normalize(designation.Functions),
        FunctionsKnown: true,
        designation.Operator is { } op ? op with { Name = string.IsNullOrWhiteSpace(op.Name) ? null : op.Name.Trim() } : null,
        existing?.PrefecturalStartupSupport ?? false,
        ProgramSource.Designated);

    /// <summary>The program a published list designates: a center or station delivers its tier's functions; a project's are unknown.</summary>
    public static ProgramRecord FromReference(int fiscalYear, ProgramTier tier, bool startupSupport)
    {
        var required = TierRules.RequiredFunctions(tier);
        return new ProgramRecord(fiscalYear, tier, required, FunctionsKnown: !required.IsEmpty, null, startupSupport, ProgramSource.ReferenceData);
    }
}
