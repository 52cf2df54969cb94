namespace Platform.Tenants.Directory;

/// <summary>
/// The 6-digit local government code (全国地方公共団体コード): five digits and a check digit,
/// <c>check = (11 - (6,5,4,3,2 weighted sum) mod 11) mod 10</c>.
/// </summary>
public static class LgCode
{
    /// <summary>The check digit for the first five digits of a code.</summary>
    public static int CheckDigit(ReadOnlySpan<char> firstFive)
    {
        if (firstFive.Length != 5)
        {
            throw new ArgumentException("Five digits are needed.", nameof(firstFive));
        }

        var sum = 0;
        for (var i = 0; i < 5; i++)
        {
            if (!char.IsAsciiDigit(firstFive[i]))
            {
                throw new ArgumentException("Only digits are allowed.", nameof(firstFive));
            }

            sum += (firstFive[i] - '0') * (6 - i);
        }

        return (11 - sum % 11) % 10;
    }

    /// <summary>True when <paramref name="code"/> is six ASCII digits with a correct check digit.</summary>
    public static bool IsValid(string? code)
    {
        if (code is null || code.Length != 6)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return CheckDigit(code.AsSpan(0, 5)) == code[5] - '0';
    }

    /// <summary>The 2-digit prefecture part of a code ("13" for "132292").</summary>
    public static string PrefecturePart(string code) => code[..2];
}
