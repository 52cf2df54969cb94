namespace Platform.Tenants.Cases;

/// <summary>Validation of case input and of the life cycle (INTAKE → ACTIVE → MONITORING → CLOSED).</summary>
public static class CaseRules
{
    /// <summary>Longest free text (notes).</summary>
    public const int MaxNotes = 4000;

    /// <summary>Longest short text (names, kana, address, agency).</summary>
    public const int MaxText = 200;

    /// <summary>The user errors of an intake; <paramref name="today"/> bounds dates.</summary>
    public static ImmutableArray<UserError> Validate(CaseIntake intake, DateOnly today)
    {
        var errors = ImmutableArray.CreateBuilder<UserError>();
        NotFuture(errors, intake.OpenedOn, today, "openedOn");
        if (intake.OpenedOn.Year < FiscalYear.Min)
        {
            errors.Add(new("DATE_OUT_OF_RANGE", $"openedOn must be in {FiscalYear.Min} or later.", ["input", "openedOn"]));
        }

        if (intake.Subject is { } s)
        {
            Text(errors, s.Name, MaxText, "subject", "name");
            Text(errors, s.Kana, MaxText, "subject", "kana");
            Text(errors, s.Address, MaxText, "subject", "address");
            Text(errors, s.Phone, 40, "subject", "phone");
            Text(errors, s.Email, MaxText, "subject", "email");
            if (s.BirthYear is { } year && (year < today.Year - 110 || year > today.Year - 5))
            {
                errors.Add(new("BIRTH_YEAR_OUT_OF_RANGE", $"birthYear must be between {today.Year - 110} and {today.Year - 5}.", ["input", "subject", "birthYear"]));
            }
        }

        if (intake.Household is { } h)
        {
            if (h.Members.Length > 30)
            {
                errors.Add(new("TOO_MANY_MEMBERS", "A household has at most 30 members.", ["input", "household", "members"]));
            }

            foreach (var m in h.Members)
            {
                Text(errors, m.Relationship, 50, "household", "members", "relationship");
                Text(errors, m.Name, MaxText, "household", "members", "name");
                Text(errors, m.Notes, MaxText, "household", "members", "notes");
                if (m.BirthYear is { } memberYear && (memberYear < 1900 || memberYear > today.Year))
                {
                    errors.Add(new("BIRTH_YEAR_OUT_OF_RANGE", $"birthYear must be between 1900 and {today.Year}.", ["input", "household", "members", "birthYear"]));
                }
            }
        }

        Text(errors, intake.AssignedTo, MaxText, "assignedTo");
        Text(errors, intake.Notes, MaxNotes, "notes");
        if (intake.Concerns.Distinct().Count() != intake.Concerns.Length)
        {
            errors.Add(new("DUPLICATE_CONCERN", "Each concern may be listed once.", ["input", "concerns"]));
        }

        return errors.ToImmutable();
    }

    /// <summary>The user error of moving an open case to <paramref name="target"/>, or null.</summary>
    public static UserError? Transition(CaseStatus from, CaseStatus target) => (from, target) switch
    {
        (CaseStatus.Closed, _) or (CaseStatus.Transferred, _) => new("INVALID_TRANSITION", $"A {from} case cannot move to {target}; reopen it first.", ["input", "status"]),
        (_, CaseStatus.Intake) when from != CaseStatus.Intake => new("INVALID_TRANSITION", "A case cannot go back to INTAKE.", ["input", "status"]),
        (_, CaseStatus.Closed) or (_, CaseStatus.Transferred) => new("INVALID_TRANSITION", $"Use the close or transfer operation to reach {target}.", ["input", "status"]),
        _ when from == target => new("INVALID_TRANSITION", $"The case is already {target}.", ["input", "status"]),
        _ => null,
    };

    /// <summary>Adds an error when <paramref name="date"/> is after <paramref name="today"/>.</summary>
    public static void NotFuture(ImmutableArray<UserError>.Builder errors, DateOnly date, DateOnly today, string field)
    {
        if (date > today)
        {
            errors.Add(new("DATE_IN_FUTURE", $"{field} cannot be in the future.", ["input", field]));
        }
    }

    /// <summary>Adds an error when <paramref name="value"/> is longer than <paramref name="max"/> or holds forbidden characters.</summary>
    public static void Text(ImmutableArray<UserError>.Builder errors, string? value, int max, params string[] field)
    {
        if (value is { Length: var length } && length > max)
        {
            errors.Add(new("TOO_LONG", $"{field[^1]} may have at most {max} characters.", ["input", .. field]));
        }

        if (TextRules.Check(value, multiLine: max > MaxText, field) is { } invalid)
        {
            errors.Add(invalid);
        }
    }
}

/// <summary>The checks of text and dates that case changes share.</summary>
internal static class CaseInput
{
    /// <summary>The first user error of the texts and of a date before the opening day, or null.</summary>
    public static CaseResult? Refusal(CaseFile file, DateOnly? date, string dateField, params (string? Value, bool MultiLine, string Field)[] texts)
    {
        foreach (var (value, multiLine, field) in texts)
        {
            if (TextRules.Check(value, multiLine, field) is { } invalid)
            {
                return new CaseResult(null, [invalid]);
            }
        }

        return date is { } day && day < file.OpenedOn
            ? CaseResult.Fail("DATE_OUT_OF_RANGE", $"{dateField} cannot be before the case was opened.", "input", dateField)
            : null;
    }
}
