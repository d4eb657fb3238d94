using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;

namespace Gongkai.Tests.Core.Desk;

/// <summary>A case file and the steps a desk takes on it, on the built-in calendar, with notice numbers of the sample office.</summary>
internal static class DeskScenario
{
    public static readonly WorkingCalendar Cal = WorkingCalendar.BuiltIn;

    public const string Applicant = "110101199003077578";

    public static DateOnly D(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

    public static CaseFile Received(string day, string number = "2025-0001", string? key = Applicant, InformationForm? form = InformationForm.Email) => new()
    {
        Number = number, Channel = Channel.InPerson, Submitted = D(day), ReceivedOn = D(day), ApplicantKind = ApplicantKind.NaturalPerson,
        ApplicantName = "张三", ApplicantKey = key, InformationRequested = "2024年度示范路改造工程的招标文件", Form = form,
    };

    private static int _numbers;

    public static DeskContext Context(string today, bool head = false) =>
        new(D(today), Cal, new DeskActor(head ? "王主任（head）" : "李经办（clerk）", head),
            d => NoticeNumbers.Format("示府办公开", d.Year, Interlocked.Increment(ref _numbers)));

    public static StepOutcome Try(this CaseFile f, DeskStep step, string today, bool head = false) => CaseLifecycle.Apply(f, step, Context(today, head));

    /// <summary>Applies a step that must succeed.</summary>
    public static CaseFile Do(this CaseFile f, DeskStep step, string today, bool head = false)
    {
        var r = f.Try(step, today, head);
        Assert.True(r.Ok, $"{step.Kind} 被拒绝：{r.Message}");
        return r.File!;
    }

    /// <summary>Applies a step that must be refused; returns the refusals.</summary>
    public static Refusal[] Refused(this CaseFile f, DeskStep step, string today, bool head = false)
    {
        var r = f.Try(step, today, head);
        Assert.False(r.Ok, $"{step.Kind} 应被拒绝");
        return [.. r.Refusals];
    }

    public static ClockReading Clock(this CaseFile f, string today) => CaseClock.Read(f, Cal, D(today));

    public static Close CloseAs(string day, string row, string? reasons = null) => new(new Closing(D(day), row, reasons));
}
