namespace Platform.Tenants.Activities;

/// <summary>Validation of what a tenant publishes about itself: places of belonging and the consultation desk.</summary>
public static class DirectoryRules
{
    /// <summary>The longest name, address, schedule or hours.</summary>
    public const int MaxText = 200;

    /// <summary>The user errors of a place of belonging.</summary>
    public static ImmutableArray<UserError> Validate(PlaceOfBelonging place)
    {
        var errors = ImmutableArray.CreateBuilder<UserError>();
        Required(errors, place.Name, "name");
        Text(errors, place.Address, "address");
        Text(errors, place.Schedule, "schedule");
        return errors.ToImmutable();
    }

    /// <summary>The user errors of a consultation desk.</summary>
    public static ImmutableArray<UserError> Validate(ConsultationDesk desk)
    {
        var errors = ImmutableArray.CreateBuilder<UserError>();
        Required(errors, desk.Name, "name");
        Text(errors, desk.Hours, "hours");
        Text(errors, desk.Address, "address");
        if (desk.Phone is { } phone && (phone.Length > 20 || !phone.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or '(' or ')' or ' ')))
        {
            errors.Add(new("INVALID_PHONE", "phone may hold digits, spaces and - + ( ), at most 20 characters.", ["input", "phone"]));
        }

        if (desk.Url is { } url && (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            errors.Add(new("INVALID_URL", "url must be an absolute http or https address of at most 500 characters.", ["input", "url"]));
        }

        return errors.ToImmutable();
    }

    private static void Required(ImmutableArray<UserError>.Builder errors, string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new("NAME_REQUIRED", $"{field} may not be empty.", ["input", field]));
        }

        Text(errors, value, field);
    }

    private static void Text(ImmutableArray<UserError>.Builder errors, string? value, string field)
    {
        if (value is { Length: > MaxText })
        {
            errors.Add(new("TOO_LONG", $"{field} may have at most {MaxText} characters.", ["input", field]));
        }
    }
}
