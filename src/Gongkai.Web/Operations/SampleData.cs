using Gongkai.Core.Calendar;
using Gongkai.Core.Desk;
using Gongkai.Core.Layout;
using Gongkai.Core.Oversight;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Gongkai.Web.Data;

namespace Gongkai.Web.Operations;

public sealed class SampleDataOptions
{
    /// <summary>Create the demonstration agencies and users when the database has no user yet.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Also fill the registers with generated cases (two years' worth), so the report workspace has numbers.</summary>
    public bool Cases { get; set; } = true;
    public int CaseCount { get; set; } = 120;
    /// <summary>With the cases, also the reports the district's units filed with its 政务公开办 (two years).</summary>
    public bool Filings { get; set; } = true;
    public string Password { get; set; } = "Gongkai-2026";
    public int Seed { get; set; } = 2026;
}

/// <summary>The demonstration set-up: a district office with two departments, their users, and generated registers.</summary>
public static class SampleData
{
    public static readonly (string User, string Name, string Role, int Agency)[] Users =
    [
        ("admin", "系统管理员", Roles.Admin, 1),
        ("head", "王主任", Roles.Head, 1),
        ("clerk", "李经办", Roles.Clerk, 1),
        ("clerk2", "赵经办", Roles.Clerk, 1),
        ("edu-clerk", "陈经办", Roles.Clerk, 2),
        ("edu-head", "周主任", Roles.Head, 2),
        ("gkb", "孙科长", Roles.Supervisor, 1),
    ];

    public static async Task EnsureAsync(IServiceProvider services, SampleDataOptions options, CancellationToken ct = default)
    {
        if (!options.Enabled) return;
        var db = services.GetRequiredService<GongkaiDb>();
        if (await db.Users.AnyAsync(ct)) return;
        // One transaction: a first start stopped half-way (Ctrl+C while the sample is made) left a half-made sample,
        // and the next start failed on it (UNIQUE constraint, an English stack trace, no server).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Said, because a first start takes seconds here: an operator sees why, and a test knows when to interrupt it.
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SampleData));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        log.LogInformation("Making the sample data (first start, empty database): agencies, users{Cases}", options.Cases ? ", two years of cases" : "");
        var district = new Agency { Name = "示范区人民政府办公室", Kind = AgencyKind.Government, ReviewBody = "示范市人民政府", Court = "示范区人民法院",
            NoticeCode = "示府办公开", FeeMethod = FeeMethod.PerItem };
        db.Agencies.Add(district);
        await db.SaveChangesAsync(ct);
        db.Agencies.AddRange(
            new Agency { Name = "示范区教育局", ParentId = district.Id, ReviewBody = "示范区人民政府", Court = "示范区人民法院", NoticeCode = "示教公开" },
            new Agency { Name = "示范区住房和城乡建设局", ParentId = district.Id, ReviewBody = "示范区人民政府", Court = "示范区人民法院", NoticeCode = "示住建公开" });
        await db.SaveChangesAsync(ct);

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { Roles.Clerk, Roles.Head, Roles.Admin, Roles.Supervisor })
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var agencyIds = await db.Agencies.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        foreach (var (name, display, role, agency) in Users)
        {
            var user = new AppUser { UserName = name, DisplayName = display, AgencyId = agencyIds[agency - 1] };
            var created = await users.CreateAsync(user, options.Password);
            if (!created.Succeeded) throw new InvalidOperationException($"cannot create {name}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            await users.AddToRoleAsync(user, role);
        }
        if (options.Cases)
        {
            await CasesAsync(db, agencyIds[0], options, services.GetRequiredService<TimeProvider>(), ct);
            if (options.Filings) await FiledReportsAsync(db, agencyIds[0], options, services.GetRequiredService<TimeProvider>(), ct);
        }
        await Gongkai.Web.Features.Public.PublicSample.EnsureAsync(db, options.Cases,
            DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime), ct);
        await transaction.CommitAsync(ct);
        log.LogInformation("Sample data made in {Seconds:0.0} s", clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The supervising office's demonstration: two streets and one more department under the district, and the units'
    /// reports for the last two years as filed — one late, one with a broken total, one street missing last year.
    /// </summary>
    private static async Task FiledReportsAsync(GongkaiDb db, int districtId, SampleDataOptions options, TimeProvider time, CancellationToken ct)
    {
        var streetA = new Agency { Name = "示范区幸福街道办事处", ParentId = districtId, Kind = AgencyKind.Township, ReviewBody = "示范区人民政府", Court = "示范区人民法院" };
        var streetB = new Agency { Name = "示范区和平街道办事处", ParentId = districtId, Kind = AgencyKind.Township, ReviewBody = "示范区人民政府", Court = "示范区人民法院" };
        var health = new Agency { Name = "示范区卫生健康局", ParentId = districtId, Kind = AgencyKind.Department, ReviewBody = "示范区人民政府", Court = "示范区人民法院" };
        db.Agencies.AddRange(streetA, streetB, health);
        await db.SaveChangesAsync(ct);
        var units = await db.Agencies.Where(a => a.ParentId == districtId).OrderBy(a => a.Id).ToListAsync(ct);
        var last = DateOnly.FromDateTime(time.GetLocalNow().DateTime).Year - 1;
        int[] years = [last - 1, last];
        foreach (var (unit, i) in units.Select((u, i) => (u, i)))
        {
            var reports = Features.Oversight.SampleReports.ForUnit(unit.Name, years, options.Seed + 17 * (i + 1));
            foreach (var report in reports)
            {
                var year = report.Year!.Value;
                if (unit.Id == streetB.Id && year == last) continue; // 未报送
                var filed = new DateOnly(year + 1, 1, 10 + 2 * i);
                var shown = report;
                if (unit.Name == "示范区住房和城乡建设局" && year == last)
                {
                    filed = new DateOnly(year + 1, 2, 8); // 逾期报送
                    shown = Features.Oversight.SampleReports.WithBrokenTotal(report);
                }
                db.FiledReports.Add(Features.Oversight.SampleReports.File(shown, unit.Id, filed));
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A generated case closes only with an outcome its record supports (OutcomeRules): rows that presuppose a 补正, a
    /// fee notice, an earlier case or a request for reasons fall back to 予以公开; rows needing reasons get them.
    /// </summary>
    private static string Consistent(string row, Case c)
    {
        var needsFacts = row is "unavailable.stillUnclear" or "other.noCorrection" or "other.feeUnpaid" or "notProcessed.repeated" or "notProcessed.excessive";
        if (needsFacts) row = "granted";
        if (NoticeBases.Get(row).RequiresDetails) c.OutcomeNote = "（示例数据）依据所申请信息的内容和有关规定作出上述处理。";
        if (row == "partiallyGranted") c.WithheldPart = "（示例数据）其中载有个人身份信息的部分";
        if (row == "unavailable.notHeld") c.NotHeld = NotHeldBasis.DoesNotExist;
        return row;
    }

    private static async Task CasesAsync(GongkaiDb db, int agencyId, SampleDataOptions options, TimeProvider time, CancellationToken ct)
    {
        var rng = new Random(options.Seed);
        var calendar = WorkingCalendar.BuiltIn;
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var clerks = await db.Users.Where(u => u.AgencyId == agencyId).Select(u => u.Id).ToListAsync(ct);
        var start = new DateOnly(today.Year - 1, 1, 1);
        var span = today.DayNumber - start.DayNumber;
        var names = "张王李赵刘陈杨黄吴周";
        var topics = new[] { "某路段拆迁补偿方案", "2024年度部门预算执行情况", "某小区规划许可证", "学校招生划片依据", "某项目环境影响评价批复", "行政处罚决定书", "某会议纪要" };
        var dates = Enumerable.Range(0, options.CaseCount).Select(_ => start.AddDays(rng.Next(span))).Order().ToList();
        var seq = new Dictionary<int, int>();
        foreach (var submitted in dates)
        {
            var channel = DeskVocabulary.Channels[rng.Next(DeskVocabulary.Channels.Length)];
            DateOnly? confirmed = channel == Channel.InPerson ? null : submitted.AddDays(rng.Next(0, 3));
            if (confirmed > today) confirmed = today;
            var received = DeskVocabulary.ReceivedOn(channel, submitted, confirmed).ReceivedOn;
            var kind = rng.Next(10) < 7 ? ApplicantKind.NaturalPerson : DeskVocabulary.ApplicantKinds[rng.Next(DeskVocabulary.ApplicantKinds.Length)];
            seq[submitted.Year] = seq.GetValueOrDefault(submitted.Year) + 1;
            var c = new Case
            {
                AgencyId = agencyId, Number = $"{submitted.Year}-{seq[submitted.Year]:0000}",
                Channel = channel, Submitted = submitted, Confirmed = confirmed, ReceivedOn = received,
                ApplicantKind = kind,
                ApplicantName = kind == ApplicantKind.NaturalPerson ? names[rng.Next(names.Length)] + "某" + (char)('甲' + rng.Next(10)) : "示范" + topics[rng.Next(topics.Length)][..2] + "有限公司",
                IdNumber = kind == ApplicantKind.NaturalPerson ? $"110101{1960 + rng.Next(40)}0{rng.Next(1, 10)}1{rng.Next(10)}{rng.Next(1000, 9999)}" : null,
                Phone = $"13{rng.Next(100000000, 999999999)}",
                Address = $"示范市示范区幸福路{rng.Next(1, 300)}号",
                InformationRequested = $"申请公开{topics[rng.Next(topics.Length)]}",
                HandlerId = clerks[rng.Next(clerks.Count)],
                Form = DeskTermLabels.InformationForms[seq[submitted.Year] % DeskTermLabels.InformationForms.Length],
            };
            c.ApplicantKey = ApplicantIdentity.KeyOf(c.IdNumber);
            if (received is { } r)
            {
                if (rng.Next(8) == 0)
                {
                    c.CorrectionRequestedOn = calendar.AddWorkingDays(r, rng.Next(1, 7));
                    c.CorrectionRequest = "请明确所需政府信息的名称、文号或者便于查询的其他特征性描述";
                    c.CorrectionDueBy = calendar.AddWorkingDays(c.CorrectionRequestedOn.Value, 15);
                    var back = calendar.AddWorkingDays(c.CorrectionRequestedOn.Value, rng.Next(2, 12));
                    if (back < today && rng.Next(4) > 0) c.CorrectionReceivedOn = back;
                }
                var from = c.CorrectionReceivedOn ?? r;
                if (c.CorrectionRequestedOn is null || c.CorrectionReceivedOn is not null)
                {
                    if (rng.Next(10) == 0) { c.ExtendedOn = calendar.AddWorkingDays(from, 15); c.ExtensionReason = "涉及信息较多，需要调取档案"; c.ExtensionApprovedBy = "王主任"; }
                    var closed = calendar.AddWorkingDays(from, rng.Next(3, c.ExtendedOn is null ? 20 : 35));
                    if (closed < today)
                    {
                        var outcomes = Outcomes.ForYear(closed.Year);
                        var pick = rng.Next(10) < 5 ? outcomes.First(o => o.RowKey == "granted") : outcomes[rng.Next(outcomes.Length)];
                        c.ClosedOn = closed;
                        c.OutcomeRow = Consistent(pick.RowKey, c);
                        if (rng.Next(25) == 0)
                            c.Challenges.Add(new Challenge
                            {
                                Kind = (ChallengeKind)rng.Next(3), Filed = closed.AddDays(rng.Next(5, 50)),
                            });
                    }
                }
            }
            foreach (var ch in c.Challenges.Where(ch => ch.Filed > today).ToList()) c.Challenges.Remove(ch);
            foreach (var ch in c.Challenges.Where(ch => ch.Filed.AddDays(60) < today))
            {
                ch.Decided = ch.Filed.AddDays(60);
                ch.Result = (ChallengeResult)rng.Next(3);
            }
            db.Cases.Add(c);
        }
        var layout = TemplateCatalog.Get(TemplateIds.ForYear(today.Year - 1)).Proactive;
        for (var i = 0; i < layout.CellCount; i++)
        {
            var f = layout.FieldOfCell(i);
            decimal v = f.Kind == FieldKind.Amount ? Math.Round((decimal)rng.NextDouble() * 50, 2) : f.Key == "inForce" ? 60 + rng.Next(100) : rng.Next(0, 60);
            db.ProactiveCells.Add(new ProactiveCell { AgencyId = agencyId, Year = today.Year - 1, Path = layout.CellPath(i), Value = v });
        }
        await db.SaveChangesAsync(ct);
    }
}
