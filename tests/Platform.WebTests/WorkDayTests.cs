using System.Globalization;

namespace Platform.WebTests;

/// <summary>The work day by clicking: a follow-up added on a case shows on 今日の仕事; a planned seminar held from /activities.</summary>
[Collection(WebCollection.Name)]
public sealed class WorkDayTests(WebAppFixture web) : WebTest(web)
{
    private const string Nishitokyo = "132292";

    private static string TodayInJapan() => DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ACaseworker_AddsAFollowUpOnACase_AndSeesItOnTheWorkScreen()
    {
        await SignInAsync(Page, Nishitokyo, "Caseworker");
        Assert.Equal("/work", new Uri(Page.Url).AbsolutePath);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "新規受付" }).ClickAsync();
        await Page.GetByLabel("本人との続柄").FillAsync("父");
        await Page.GetByLabel("本人のふりがな").FillAsync("ひがしくるめ たろう");
        await Page.GetByRole(AriaRole.Button, new() { Name = "受け付ける" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^ケース \d{4}-\d{6}$"));

        // An empty follow-up is refused beside its field, and the due time typed stays.
        await Page.GetByRole(AriaRole.Button, new() { Name = "フォローアップを追加" }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "フォローアップの追加" });
        var due = form.GetByLabel("期限（日時）");
        var dueTyped = await due.InputValueAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "フォローアップを保存" }).ClickAsync();
        await Assertions.Expect(form.GetByLabel("すること")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(form.GetByText("内容を入れてください。")).ToBeVisibleAsync();
        await Assertions.Expect(due).ToHaveValueAsync(dueTyped);
        await AssertAccessibleAsync(Page);

        await form.GetByLabel("すること").FillAsync("父に電話して、本人の様子を聞く");
        await form.GetByRole(AriaRole.Button, new() { Name = "フォローアップを保存" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("フォローアップを追加しました。")).ToBeVisibleAsync();
        var onCase = Page.GetByRole(AriaRole.Table, new() { Name = "このケースのフォローアップと面談予定" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "父に電話して、本人の様子を聞く" });
        await Assertions.Expect(onCase.GetByRole(AriaRole.Cell, new() { Name = "未完了", Exact = true })).ToBeVisibleAsync();

        // 今日の仕事: due tomorrow, so in the week; completed there, it leaves the list.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "今日の仕事" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("今日の仕事");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "今週（期限切れを含む）" }).CheckAsync();
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "父に電話して、本人の様子を聞く" });
        await Assertions.Expect(row.GetByRole(AriaRole.Cell, new() { Name = "フォローアップ", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = "ケースを開く" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(Page);
        await ScreenshotAsync(Page, "work-week");
        await row.GetByRole(AriaRole.Button, new() { Name = "完了にする" }).ClickAsync();
        await row.GetByLabel("完了のメモ").FillAsync("父と話せた。");
        await row.GetByRole(AriaRole.Button, new() { Name = "完了を保存" }).ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task APlannedSeminar_IsHeldFromActivities_AndCountsAsAnActivity()
    {
        await SignInAsync(Page, Nishitokyo, "TenantAdmin");
        await Page.GotoAsync("/activities");
        var plan = Page.GetByRole(AriaRole.Form, new() { Name = "活動の予定の登録" });
        await plan.GetByLabel("活動の種類").SelectOptionAsync(new SelectOptionValue { Label = "家族会・家族教室" });
        await plan.GetByLabel("名称").FillAsync("ひきこもり家族セミナー（冬）");

        // A day in the past is refused beside the date; the name typed stays.
        await plan.GetByLabel("予定日").FillAsync("2020-04-01");
        await plan.GetByRole(AriaRole.Button, new() { Name = "予定を登録" }).ClickAsync();
        await Assertions.Expect(plan.GetByLabel("予定日")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(plan.GetByLabel("名称")).ToHaveValueAsync("ひきこもり家族セミナー（冬）");

        await plan.GetByLabel("予定日").FillAsync(TodayInJapan());
        await plan.GetByRole(AriaRole.Button, new() { Name = "予定を登録" }).ClickAsync();
        var planned = Page.GetByRole(AriaRole.Table, new() { Name = "活動の予定" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "ひきこもり家族セミナー（冬）" });
        await Assertions.Expect(planned.GetByRole(AriaRole.Cell, new() { Name = "予定", Exact = true })).ToBeVisibleAsync();

        await planned.GetByRole(AriaRole.Button, new() { Name = "開催を記録" }).ClickAsync();
        var hold = planned.GetByRole(AriaRole.Form);
        await hold.GetByLabel("参加者数").FillAsync("14");
        await hold.GetByLabel("家族セミナー").CheckAsync();
        await AssertAccessibleAsync(Page);
        await hold.GetByRole(AriaRole.Button, new() { Name = "開催を保存" }).ClickAsync();
        await Assertions.Expect(planned.GetByRole(AriaRole.Cell, new() { Name = "開催済み", Exact = true })).ToBeVisibleAsync();
        var recorded = Page.GetByRole(AriaRole.Table, new() { Name = "記録した活動" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "家族セミナー" }).Filter(new() { HasText = "14人" });
        await Assertions.Expect(recorded.GetByRole(AriaRole.Cell, new() { Name = "14人", Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync(Page, "activities-planned");
        Assert.Empty(PageErrors);
    }
}
