namespace Platform.Tenants.Activities;

/// <summary>
/// Validation of a recorded activity. Each kind carries its own details and no other kind's:
/// a detail given for the wrong kind is refused (<c>DETAIL_NOT_FOR_KIND</c>) rather than
/// silently dropped, so a client's mistake shows.
/// </summary>
public static class ActivityRules
{
    /// <summary>The largest count accepted in any field.</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>The user errors of <paramref name="activity"/>; empty when it is valid.</summary>
    /// <param name="activity">The activity as the client sent it.</param>
    /// <param name="today">Today in Japan: no activity is recorded ahead of time.</param>
    /// <param name="places">The tenant's registered places of belonging, by id.</param>
    /// <param name="prefectureLevel">True for prefectures and designated cities, which train staff.</param>
    public static ImmutableArray<UserError> Validate(Activity activity, DateOnly today, IReadOnlyDictionary<string, PlaceOfBelonging> places, bool prefectureLevel)
    {
        var errors = ImmutableArray.CreateBuilder<UserError>();
        var kind = activity.Kind;
        if (activity.HeldOn > today)
        {
            errors.Add(new("FUTURE_DATE", "heldOn may not be in the future.", ["input", "heldOn"]));
        }
        else if (activity.HeldOn < FiscalYear.StartOf(FiscalYear.Min))
        {
            errors.Add(new("DATE_OUT_OF_RANGE", $"heldOn must be in fiscal year {FiscalYear.Min} or later.", ["input", "heldOn"]));
        }

        Count(errors, activity.Participants, "participants");
        Count(errors, activity.FirstTimeParticipants, "firstTimeParticipants");
        Count(errors, activity.AgenciesPresent, "agenciesPresent");
        var needsParticipants = kind is ActivityKind.PlaceOfBelongingSession or ActivityKind.PeerGroupMeeting or ActivityKind.FamilyGroupMeeting or ActivityKind.AwarenessEvent;
        if (needsParticipants && activity.Participants is null)
        {
            errors.Add(new("PARTICIPANTS_REQUIRED", $"A {kind} needs participants.", ["input", "participants"]));
        }

        OnlyFor(errors, kind, ActivityKind.PlaceOfBelongingSession, activity.FirstTimeParticipants is not null, "firstTimeParticipants");
        OnlyFor(errors, kind, ActivityKind.PlaceOfBelongingSession, activity.PlaceId is not null, "placeId");
        OnlyFor(errors, kind, ActivityKind.NetworkMeeting, activity.AgenciesPresent is not null, "agenciesPresent");
        OnlyFor(errors, kind, ActivityKind.NetworkMeeting, activity.MunicipalPlatform, "municipalPlatform");
        OnlyFor(errors, kind, ActivityKind.FamilyGroupMeeting, activity.FamilySeminar, "familySeminar");
        OnlyFor(errors, kind, ActivityKind.StaffTraining, !activity.Trainees.IsEmpty, "trainees");
        OnlyFor(errors, kind, ActivityKind.FactFindingSurvey, activity.Survey is not null, "survey");
        if (kind is ActivityKind.StaffTraining or ActivityKind.FactFindingSurvey && activity.Participants is not null)
        {
            // Counted from the trainees by agency type, or the survey's responses.
            errors.Add(new("DETAIL_NOT_FOR_KIND", $"participants does not apply to a {kind}; it is counted from its details.", ["input", "participants"]));
        }

        if (activity.FirstTimeParticipants > activity.Participants)
        {
            errors.Add(new("FIRST_TIMERS_EXCEED_PARTICIPANTS", "firstTimeParticipants may not exceed participants.", ["input", "firstTimeParticipants"]));
        }

        switch (kind)
        {
            case ActivityKind.PlaceOfBelongingSession when activity.PlaceId is null:
                errors.Add(new("PLACE_REQUIRED", "A place-of-belonging session names its registered place (placeId).", ["input", "placeId"]));
                break;
            case ActivityKind.PlaceOfBelongingSession when !places.ContainsKey(activity.PlaceId!):
                errors.Add(new("UNKNOWN_PLACE", "There is no registered place of belonging with that id in this tenant.", ["input", "placeId"]));
                break;
            case ActivityKind.PlaceOfBelongingSession when places[activity.PlaceId!].ClosedOn is { } closedOn && activity.HeldOn > closedOn:
                errors.Add(new("PLACE_CLOSED", $"The place of belonging closed on {closedOn:yyyy-MM-dd}.", ["input", "placeId"]));
                break;
            case ActivityKind.NetworkMeeting when activity.AgenciesPresent is null or 0:
                errors.Add(new("AGENCIES_REQUIRED", "A network meeting names how many member agencies were present (at least 1).", ["input", "agenciesPresent"]));
                break;
            case ActivityKind.StaffTraining:
                ValidateTraining(errors, activity, prefectureLevel);
                break;
            case ActivityKind.FactFindingSurvey:
                ValidateSurvey(errors, activity, today);
                break;
        }

        return errors.ToImmutable();
    }

    private static void ValidateTraining(ImmutableArray<UserError>.Builder errors, Activity activity, bool prefectureLevel)
    {
        if (!prefectureLevel)
        {
            errors.Add(new("KIND_NOT_FOR_TENANT", "Staff training is recorded by prefectures and designated cities.", ["input", "kind"]));
        }

        if (activity.Trainees.IsEmpty)
        {
            errors.Add(new("TRAINEES_REQUIRED", "A staff training names its trainees by agency type.", ["input", "trainees"]));
        }

        foreach (var (agency, count) in activity.Trainees)
        {
            Count(errors, count, "trainees");
            if (count == 0)
            {
                errors.Add(new("ZERO_COUNT", $"The trainees of {agency} must be at least 1; leave the agency type out instead.", ["input", "trainees"]));
            }
        }
    }

    private static void ValidateSurvey(ImmutableArray<UserError>.Builder errors, Activity activity, DateOnly today)
    {
        if (activity.Survey is not { } survey)
        {
            errors.Add(new("SURVEY_REQUIRED", "A fact-finding survey gives its method, sample sizes and responses (survey).", ["input", "survey"]));
            return;
        }

        if (survey.SampleSizes.IsEmpty)
        {
            errors.Add(new("SAMPLES_REQUIRED", "A survey names the sample size of at least one group.", ["input", "survey", "samples"]));
        }

        foreach (var size in survey.SampleSizes.Values)
        {
            if (size is < 1 or > MaxCount)
            {
                errors.Add(new("COUNT_OUT_OF_RANGE", $"Sample sizes must be between 1 and {MaxCount}.", ["input", "survey", "samples"]));
            }
        }

        Count(errors, survey.Responses, "survey", "responses");
        if (survey.Responses > survey.SampleSizes.Values.Sum(v => (long)v))
        {
            errors.Add(new("RESPONSES_EXCEED_SAMPLE", "responses may not exceed the sample sizes together.", ["input", "survey", "responses"]));
        }

        if (survey.PublishedOn > today)
        {
            errors.Add(new("FUTURE_DATE", "publishedOn may not be in the future.", ["input", "survey", "publishedOn"]));
        }
        else if (survey.PublishedOn < activity.HeldOn)
        {
            errors.Add(new("PUBLICATION_BEFORE_SURVEY", "publishedOn may not be before the survey (heldOn).", ["input", "survey", "publishedOn"]));
        }
    }

    private static void Count(ImmutableArray<UserError>.Builder errors, int? value, params string[] field)
    {
        if (value < 0)
        {
            errors.Add(new("NEGATIVE_COUNT", $"{field[^1]} may not be negative.", ["input", .. field]));
        }
        else if (value > MaxCount)
        {
            errors.Add(new("COUNT_OUT_OF_RANGE", $"{field[^1]} may be at most {MaxCount}.", ["input", .. field]));
        }
    }

    private static void OnlyFor(ImmutableArray<UserError>.Builder errors, ActivityKind kind, ActivityKind allowed, bool given, string field)
    {
        if (given && kind != allowed)
        {
            errors.Add(new("DETAIL_NOT_FOR_KIND", $"{field} does not apply to a {kind}.", ["input", field]));
        }
    }
}
