namespace Platform.Tenants.Cases;

/// <summary>Editing what the intake recorded, each edit kept in the case's history with the values it replaced.</summary>
public sealed partial class CaseGrain
{
    private static readonly ImmutableArray<(string Field, Func<CaseSubject, object?> Value)> SubjectFields =
    [
        ("subject.name", s => s.Name), ("subject.kana", s => s.Kana), ("subject.birthYear", s => s.BirthYear),
        ("subject.ageBand", s => s.AgeBand), ("subject.gender", s => s.Gender), ("subject.address", s => s.Address),
        ("subject.phone", s => s.Phone), ("subject.email", s => s.Email),
    ];

    /// <inheritdoc />
    public Task<CaseResult> UpdateSubject(CaseSubject? subject, string? reason, string? clientMutationId) =>
        Edit(clientMutationId, "update-subject", reason, file => file with { Subject = subject },
            (before, after) => [.. SubjectFields.Where(f => !Equals(Value(before.Subject, f.Value), Value(after.Subject, f.Value))).Select(f => f.Field)],
            (change, before) => change with { PreviousSubject = before.Subject });

    /// <inheritdoc />
    public Task<CaseResult> UpdateHousehold(Household? household, string? reason, string? clientMutationId) =>
        Edit(clientMutationId, "update-household", reason, file => file with { Household = household },
            (before, after) => SameHousehold(before.Household, after.Household) ? [] : ["household"],
            (change, before) => change with { PreviousHousehold = before.Household });

    /// <inheritdoc />
    public Task<CaseResult> UpdateConcerns(ImmutableArray<Concern> concerns, string? reason, string? clientMutationId) =>
        Edit(clientMutationId, "update-concerns", reason, file => file with { Concerns = concerns.IsDefault ? [] : concerns },
            (before, after) => (before.Concerns.IsDefault ? [] : before.Concerns).Order().SequenceEqual(after.Concerns.Order()) ? [] : ["concerns"],
            (change, before) => change with { PreviousConcerns = before.Concerns.IsDefault ? [] : before.Concerns });

    /// <inheritdoc />
    public Task<CaseResult> UpdateNotes(string? notes, string? reason, string? clientMutationId) =>
        Edit(clientMutationId, "update-notes", reason, file => file with { Notes = notes },
            (before, after) => before.Notes == after.Notes ? [] : ["notes"],
            (change, before) => change with { PreviousNotes = before.Notes });

    private static object? Value(CaseSubject? subject, Func<CaseSubject, object?> select) => subject is null ? null : select(subject);

    private static bool SameHousehold(Household? a, Household? b) =>
        a is null || b is null ? a is null && b is null : a.Is8050 == b.Is8050 && (a.Members.IsDefault ? [] : a.Members).SequenceEqual(b.Members.IsDefault ? [] : b.Members);

    // Checked as an intake is (texts, lengths, years, repeated concerns); a refused edit leaves
    // nothing behind, not even a history entry. The kana's blind index follows with the entry.
    private Task<CaseResult> Edit(
        string? clientMutationId, string action, string? reason, Func<CaseFile, CaseFile> edit,
        Func<CaseFile, CaseFile, ImmutableArray<string>> changed, Func<CaseChange, CaseFile, CaseChange> previous) =>
        Change(clientMutationId, $"case.{action}", (file, caller) =>
        {
            var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            if (why is { Length: > CaseRules.MaxNotes })
            {
                return CaseResult.Fail("TOO_LONG", $"reason may have at most {CaseRules.MaxNotes} characters.", "input", "reason");
            }

            if (TextRules.Check(why, true, "reason") is { } invalid)
            {
                return new CaseResult(null, [invalid]);
            }

            var next = edit(file);
            var errors = CaseRules.Validate(
                new CaseIntake(file.OpenedOn, file.ReferralSource, next.Subject, next.Household, next.WithdrawalDuration, next.Concerns.IsDefault ? [] : next.Concerns, null, next.Notes),
                Today());
            if (!errors.IsEmpty)
            {
                return new CaseResult(null, errors);
            }

            var fields = changed(file, next);
            if (fields.IsEmpty)
            {
                return CaseResult.Fail("NOTHING_CHANGED", "The case holds these values already.", "input");
            }

            return Edited(next, logged: previous(new CaseChange(clock.GetUtcNow(), caller.Subject, action, fields, why, null), file));
        });
}
