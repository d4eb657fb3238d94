using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Gongkai.Core.Desk;
using Gongkai.Core.Labels;
using Gongkai.Render.Document;
using Gongkai.Render.Notices;
using static Gongkai.Tests.Core.Desk.DeskScenario;

namespace Gongkai.Tests.Core.Desk;

/// <summary>
/// Random sequences of desk actions (any step, any day, clerk or head, lawful or not) through the lifecycle. Whatever
/// is refused or accepted: no notice states a fact not recorded, the clock never pauses without a recorded reason, and
/// no step takes a case off the overdue list.
/// </summary>
public partial class CaseLifecyclePropertyTests
{
    private static readonly string[] Rows2021 = [.. Outcomes.ForYear(2025).Select(o => o.RowKey)];

    /// <summary>A random step dated between receipt and today (sometimes outside, to be refused).</summary>
    internal static DeskStep RandomStep(Random r, CaseFile f, DateOnly today)
    {
        var from = f.ReceivedOn ?? f.Submitted;
        DateOnly Day() => r.Next(8) == 0 ? today.AddDays(r.Next(-40, 3)) : from.AddDays(r.Next(Math.Max(1, today.DayNumber - from.DayNumber + 1)));
        string? Text() => r.Next(4) == 0 ? null : r.Next(6) == 0 ? " " : "理由" + r.Next(100);
        var earlier = new EarlierCase(99, "2024-0099", r.Next(3) == 0 ? "OTHER" : f.ApplicantKey, r.Next(4) == 0 ? null : from.AddDays(-r.Next(1, 60)), "granted", "某文件");
        return r.Next(15) switch
        {
            0 => new ConfirmReceipt(Day()),
            1 => new RequestCorrection(Day(), "请写明文号", Day().AddDays(r.Next(-3, 30)), r.Next(3) == 0 ? Text() : null),
            2 => new ReceiveCorrection(Day()),
            3 => new Extend(Day(), Text() ?? ""),
            4 => new StartConsultation(Day(), (ConsultedParty)r.Next(2), "示范建设公司"),
            5 => new RecordConsultationReply(Day(), (ConsultationReply)r.Next(3)),
            6 => new ProlongConsultation(Day(), Day().AddDays(r.Next(5, 60)), Text() ?? ""),
            7 => new NotifyThirdParty(Day(), "中标价格", Text() ?? ""),
            8 => new IssueFeeNotice(Day(), (FeeMethod)r.Next(2), r.Next(1, 60), r.Next(0, 40), Day().AddDays(r.Next(10, 60)), "银行"),
            9 => new RecordPayment(Day(), "PJ"),
            10 => new RequestReasons(Day(), Day().AddDays(r.Next(1, 20))),
            11 or 12 => new Close(new Closing(Day(), Rows2021[r.Next(Rows2021.Length)], Text(), r.Next(3) == 0 ? "第4页" : null,
                r.Next(3) == 0 ? (NotHeldBasis)r.Next(2) : null, r.Next(4) == 0 ? "示范市规划局" : null, r.Next(3) == 0 ? "0755-1234" : null,
                r.Next(5) == 0 ? "区政府网站" : null, r.Next(4) == 0 ? earlier : null), r.Next(3) == 0 ? InformationForm.Email : null),
            13 => new Reopen(Day(), (ReopenReason)r.Next(3), Text() ?? "", r.Next(2) == 0 ? Day().AddDays(r.Next(0, 30)) : null),
            _ => f.Notices.Length == 0 ? new ReceiveCorrection(Day()) : new RecordService(Day(), f.Notices[r.Next(f.Notices.Length)].Number, (ServiceMethod)r.Next(5), "P"),
        };
    }

    [GeneratedRegex(@"(\d{4})年(\d{1,2})月(\d{1,2})日")]
    private static partial Regex DateRx();

    /// <summary>Every date the file records, and the dates the clock derives from them (what a notice may state).</summary>
    internal static HashSet<DateOnly> RecordedDates(CaseFile f)
    {
        var d = new HashSet<DateOnly> { f.Submitted };
        void Add(DateOnly? x) { if (x is { } v) d.Add(v); }
        Add(f.Confirmed); Add(f.ReceivedOn);
        if (f.Correction is { } c) { Add(c.AskedOn); Add(c.DueBy); Add(c.ReceivedOn); }
        if (f.Extension is { } e) { Add(e.ApprovedOn); Add(e.Due); }
        foreach (var k in f.Consultations) { Add(k.SentOn); Add(k.ReplyDue); Add(k.EndedOn); Add(k.ProlongedTo); Add(k.NotifiedOn); }
        if (f.Fee is { } fee) { Add(fee.NoticeOn); Add(fee.PayBy); Add(fee.PaidOn); }
        Add(f.ReasonsRequestedOn); Add(f.ReasonsDueBy);
        foreach (var cl in f.Closings) { Add(cl.On); Add(cl.RepeatOf?.ClosedOn); }
        foreach (var r in f.Reopenings) { Add(r.On); Add(r.AnswerBy); }
        foreach (var n in f.Notices) Add(n.IssuedOn);
        return d;
    }

    /// <summary>Checks every notice the file has issued: only recorded dates, only recorded facts.</summary>
    internal static void NoticesStateOnlyRecordedFacts(CaseFile f)
    {
        var dates = RecordedDates(f);
        foreach (var n in f.Notices)
        {
            NoticeDocument doc;
            try
            {
                doc = CaseNotices.Build(f, n, new NoticeIssuer("示范区人民政府办公室", "示范市人民政府", null));
            }
            catch (ArgumentException)
            {
                continue; // a notice the record cannot support is refused, never printed
            }
            string text;
            try
            {
                text = string.Join("\n", NoticeText.Build(doc).Blocks.OfType<Paragraph>().Select(p => p.Text));
            }
            catch (ArgumentException)
            {
                continue;
            }
            foreach (Match m in DateRx().Matches(text))
            {
                var day = new DateOnly(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
                Assert.True(dates.Contains(day), $"{n.Kind.Label()}写了未登记的日期{m.Value}：\n{text}");
            }
            if (n.Kind != NoticeKind.Decision) continue;
            // A decision states a 补正, a fee notice, a request for reasons or an earlier answer only when recorded.
            if (text.Contains("告知您对申请内容作出补正")) Assert.NotNull(f.Correction);
            if (text.Contains("提交了补正后的申请")) Assert.NotNull(f.Correction?.ReceivedOn);
            if (text.Contains("未收到您补正后的申请")) Assert.True(f.Correction is { ReceivedOn: null });
            if (text.Contains("向您发出收费通知")) Assert.NotNull(f.Fee);
            if (text.Contains("您未缴纳")) Assert.True(f.Fee is { PaidOn: null });
            if (text.Contains("要求您说明申请理由")) Assert.NotNull(f.ReasonsRequestedOn);
            if (text.Contains("就您此前提出的政府信息公开申请")) Assert.Contains(f.Closings, c => c.RepeatOf is not null);
        }
    }

    /// <summary>Every pause the clock takes is a recorded consultation within its allowed span, or a recorded fee notice.</summary>
    internal static void PausesHaveRecordedReasons(CaseFile f, ClockReading reading)
    {
        foreach (var p in reading.Pauses)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Reason));
            var byConsultation = f.Consultations.Any(c => c.SentOn == p.Range.From && p.Range.To <= c.PauseLimit
                && (p.Range.To <= c.ReplyDue || !string.IsNullOrWhiteSpace(c.ProlongReason)));
            var byFee = f.Fee is { } fee && fee.NoticeOn == p.Range.From && (fee.PaidOn is not { } paid || p.Range.To <= paid);
            Assert.True(byConsultation || byFee, $"期限暂停{p.Range}没有登记的原因：{p.Reason}");
        }
    }

    [Property(MaxTest = 300)]
    public void Random_sequences_of_desk_actions_keep_the_three_promises(int seed)
    {
        var r = new Random(seed);
        var received = new DateOnly(2024, 1, 2).AddDays(r.Next(0, 1090)); // up to late December 2026: some past the calendar
        var f = Received(received.ToString("yyyy-MM-dd"), number: $"P-{seed}") with
        {
            Form = r.Next(2) == 0 ? InformationForm.Email : null,
            Channel = r.Next(5) == 0 ? Channel.Online : Channel.InPerson,
        };
        if (f.Channel == Channel.Online && r.Next(2) == 0) f = f with { ReceivedOn = null };
        var today = received;
        for (var i = 0; i < 14; i++)
        {
            today = today.AddDays(r.Next(0, 12));
            var step = RandomStep(r, f, today);
            var head = r.Next(3) == 0;
            var before = CaseClock.Read(f, Cal, today);
            var outcome = CaseLifecycle.Apply(f, step, Context(today.ToString("yyyy-MM-dd"), head));
            if (!outcome.Ok)
            {
                Assert.NotEmpty(outcome.Refusals);
                Assert.All(outcome.Refusals, x => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", x.Message));
                continue;
            }
            var next = outcome.File!;
            var after = CaseClock.Read(next, Cal, today);
            // No step takes a case off the overdue list (closing ends the case, and a reopening starts it anew).
            if (before.Overdue && step is not (Close or Reopen))
                Assert.True(after.Overdue, $"{step.Kind} 使超期的申请不再超期（{today}）");
            PausesHaveRecordedReasons(next, after);
            f = next;
        }
        NoticesStateOnlyRecordedFacts(f);
        // Read again some days later: the promises hold whatever the day.
        PausesHaveRecordedReasons(f, CaseClock.Read(f, Cal, today.AddDays(r.Next(0, 90))));
    }
}
