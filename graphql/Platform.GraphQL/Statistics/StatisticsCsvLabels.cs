using System.Collections.Frozen;

namespace Platform.GraphQL.Statistics;

/// <summary>
/// The Japanese column labels of the statistics CSV files (<c>?lang=ja</c>), in one table, in the
/// words of the ministry's tables and the glossary.
/// </summary>
public static class StatisticsCsvLabels
{
    /// <summary>The columns that hold codes, written as text.</summary>
    public static FrozenSet<string> CodeColumns { get; } = new[] { "prefecture_code" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fiscal_year"] = "年度",
        ["prefecture_centers"] = "ひきこもり地域支援センター（都道府県）",
        ["municipal_centers"] = "ひきこもり地域支援センター（市町村）",
        ["support_stations"] = "ひきこもり支援ステーション事業",
        ["support_projects"] = "ひきこもりサポート事業",
        ["total"] = "合計",
        ["municipalities"] = "市町村数",
        ["desk_clarified"] = "相談窓口の明確化",
        ["desk_publicized"] = "相談窓口の周知",
        ["fact_finding_survey"] = "実態把握",
        ["municipal_platform"] = "市町村プラットフォームの設置",
        ["note"] = "備考",
        ["prefecture_code"] = "都道府県コード",
        ["prefecture_name"] = "都道府県名",
        ["new_cases"] = "新規ケース数",
        ["contacts"] = "支援の延べ件数",
        ["active_cases"] = "支援中のケース数",
        ["outreach_visits"] = "訪問支援（アウトリーチ）件数",
        ["place_of_belonging_session"] = "居場所の開催",
        ["peer_group_meeting"] = "ピアサポート活動",
        ["family_group_meeting"] = "家族会・家族教室",
        ["awareness_event"] = "普及啓発イベント・講演会",
        ["network_meeting"] = "関係機関会議（プラットフォーム会議）",
        ["staff_training"] = "支援者研修",
        ["fact_finding_survey_activity"] = "実態把握調査",
        ["_sessions"] = "開催回数",
        ["_participants"] = "参加者数",
        ["_first_time_participants"] = "初参加者数",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Suffixes = ["_first_time_participants", "_participants", "_sessions"];

    /// <summary>
    /// The Japanese label of a column key; an activity column (<c>staff_training_sessions</c>) is
    /// the activity's label and the measure's (支援者研修 開催回数).
    /// </summary>
    public static string Japanese(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var suffix in Suffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length)
            {
                var activity = key[..^suffix.Length];
                var activityLabel = activity == "fact_finding_survey" ? Labels["fact_finding_survey_activity"] : Labels.GetValueOrDefault(activity);
                if (activityLabel is not null)
                    return activityLabel + " " + Labels[suffix];
            }
        }

        return Labels.TryGetValue(key, out var label) ? label
            : throw new InvalidOperationException($"The CSV column {key} has no Japanese label in {nameof(StatisticsCsvLabels)}.");
    }
}
