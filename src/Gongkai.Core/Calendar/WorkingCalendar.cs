using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Gongkai.Core.Calendar;

/// <summary>One State Council notice a year's arrangement follows (title, 文号, date it was issued).</summary>
public sealed record NoticeSource(string Title, string Number, DateOnly Date, string? Url, string? Note);

/// <summary>
/// One holiday of a year: every day off from <see cref="From"/> to <see cref="To"/> (weekends inside included) and
/// the Saturdays and Sundays moved to working days for it (调休上班).
/// </summary>
public sealed record Holiday(string Name, DateOnly From, DateOnly To, ImmutableArray<DateOnly> MakeUpDays, string? Notice, string? Note)
{
    public bool Contains(DateOnly date) => From <= date && date <= To;
}

/// <summary>One calendar year of the data: its notices and its holidays, every date inside the year.</summary>
public sealed record CalendarYear(int Year, ImmutableArray<NoticeSource> Sources, ImmutableArray<Holiday> Holidays);

/// <summary>Bad calendar input or a date the calendar cannot answer for; the message is Chinese and ready to show.</summary>
public class CalendarException(string message) : Exception(message);

/// <summary>A date outside the years the calendar covers: no silent guess about whether it is a working day.</summary>
public sealed class OutsideCalendarException(DateOnly date, DateOnly first, DateOnly last, string? context = null) : CalendarException(
    $"{(context is null ? "" : context + "：")}{WorkingCalendar.Chinese(date)}不在工作日历覆盖的范围内（{WorkingCalendar.Chinese(first)}至{WorkingCalendar.Chinese(last)}），无法判断是否为工作日")
{
    public DateOnly Date { get; } = date;
}

/// <summary>A calendar file that does not follow the format; every problem found, each naming its JSON path.</summary>
public sealed class CalendarFormatException(IReadOnlyList<string> errors) : CalendarException(string.Join("\n", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>
/// Working days per the State Council's yearly holiday notices: Monday to Friday unless a holiday, plus the weekend
/// days moved to working days (调休上班). The built-in data (Data/holidays-2019-2026.json, embedded) cites its notices;
/// an administrator's file in the same format replaces it via <see cref="Parse"/>. A date outside the covered
/// years is an <see cref="OutsideCalendarException"/>.
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>The seven public holidays of 《全国年节及纪念日放假办法》; a merged holiday joins names with “、”.</summary>
    public static readonly ImmutableArray<string> HolidayNames = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

    /// <summary>A holiday span longer than this is taken for a typing mistake (the longest so far: 2020's 春节, 10 days).</summary>
    public const int MaxHolidayDays = 15;

    private const string ResourceName = "Gongkai.Calendar.holidays-2019-2026.json";
    private static readonly Lazy<WorkingCalendar> Embedded = new(LoadBuiltIn);

    private readonly FrozenDictionary<DateOnly, Holiday> _daysOff;
    private readonly FrozenDictionary<DateOnly, Holiday> _makeUpDays;

    private WorkingCalendar(ImmutableArray<CalendarYear> years)
    {
        Years = years;
        First = new DateOnly(years[0].Year, 1, 1);
        Last = new DateOnly(years[^1].Year, 12, 31);
        var holidays = years.SelectMany(y => y.Holidays).ToList();
        _daysOff = holidays.SelectMany(h => Days(h.From, h.To).Select(d => KeyValuePair.Create(d, h))).ToFrozenDictionary();
        _makeUpDays = holidays.SelectMany(h => h.MakeUpDays.Select(d => KeyValuePair.Create(d, h))).ToFrozenDictionary();
    }

    /// <summary>The built-in calendar, 2019–2026.</summary>
    public static WorkingCalendar BuiltIn => Embedded.Value;

    public ImmutableArray<CalendarYear> Years { get; }

    /// <summary>1 January of the first year covered.</summary>
    public DateOnly First { get; }

    /// <summary>31 December of the last year covered.</summary>
    public DateOnly Last { get; }

    public bool Covers(DateOnly date) => First <= date && date <= Last;

    /// <summary>Monday to Friday and not a day off, or a weekend day moved to a working day.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovers(date);
        if (_makeUpDays.ContainsKey(date)) return true;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_daysOff.ContainsKey(date);
    }

    /// <summary>The holiday <paramref name="date"/> is a day off of, if any.</summary>
    public Holiday? HolidayOn(DateOnly date)
    {
        EnsureCovers(date);
        return _daysOff.GetValueOrDefault(date);
    }

    /// <summary>The holiday <paramref name="date"/> is a make-up working day for (调休上班), if any.</summary>
    public Holiday? MakeUpDayFor(DateOnly date)
    {
        EnsureCovers(date);
        return _makeUpDays.GetValueOrDefault(date);
    }

    /// <summary>
    /// The <paramref name="n"/>th working day after <paramref name="from"/>: the day counted from is not itself
    /// counted (day 1 is the next working day). <paramref name="n"/> = 0 gives <paramref name="from"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        EnsureCovers(from);
        var day = from;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    public void EnsureCovers(DateOnly date)
    {
        if (!Covers(date)) throw new OutsideCalendarException(date, First, Last);
    }

    /// <summary>Reads a calendar file (the built-in data's format); throws <see cref="CalendarFormatException"/> listing every problem.</summary>
    public static WorkingCalendar Parse(string json) =>
        TryParse(json, out var calendar, out var errors) ? calendar : throw new CalendarFormatException(errors);

    /// <summary>Reads a calendar file; on failure, <paramref name="errors"/> lists every problem (Chinese, each naming its JSON path).</summary>
    public static bool TryParse(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WorkingCalendar? calendar, out IReadOnlyList<string> errors)
    {
        var reader = new CalendarReader();
        var years = reader.Read(json);
        errors = reader.Errors;
        calendar = reader.Errors.Count == 0 ? new WorkingCalendar(years) : null;
        return calendar is not null;
    }

    /// <summary>“2020年9月28日”.</summary>
    public static string Chinese(DateOnly date) => Gongkai.Core.Labels.Chinese.Date(date);

    /// <summary>“星期一”.</summary>
    public static string Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
        DayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };

    internal static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
    }

    private static WorkingCalendar LoadBuiltIn()
    {
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"calendar data {ResourceName} is not embedded");
        using var text = new StreamReader(stream);
        return TryParse(text.ReadToEnd(), out var calendar, out var errors)
            ? calendar
            : throw new InvalidOperationException("built-in calendar data is invalid:\n" + string.Join("\n", errors));
    }

    /// <summary>Strict reading of the calendar format, collecting every problem with its JSON path.</summary>
    private sealed class CalendarReader
    {
        private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        private static readonly FrozenSet<string> RootKeys = FrozenSet.Create("description", "years");
        private static readonly FrozenSet<string> YearKeys = FrozenSet.Create("year", "sources", "holidays");
        private static readonly FrozenSet<string> SourceKeys = FrozenSet.Create("title", "number", "date", "url", "note");
        private static readonly FrozenSet<string> HolidayKeys = FrozenSet.Create("name", "from", "to", "makeUpDays", "notice", "note");

        /// <summary>Where each holiday was read, for the checks across holidays.</summary>
        private readonly Dictionary<Holiday, string> _paths = new(ReferenceEqualityComparer.Instance);

        public List<string> Errors { get; } = [];

        private Holiday Track(Holiday holiday, string path)
        {
            _paths[holiday] = path;
            return holiday;
        }

        public ImmutableArray<CalendarYear> Read(string json)
        {
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(json, Options);
            }
            catch (JsonException e)
            {
                Errors.Add($"日历文件不是有效的 JSON（第{e.LineNumber + 1}行第{e.BytePositionInLine + 1}个字节附近）：{e.Message}");
                return [];
            }
            using (doc)
            {
                var root = doc.RootElement;
                if (!Object(root, "$", RootKeys)) return [];
                if (root.TryGetProperty("description", out var description)) String(description, "$.description");
                if (!root.TryGetProperty("years", out var yearsElement))
                {
                    Errors.Add("$：缺少“years”（各年度的节假日安排）");
                    return [];
                }
                if (yearsElement.ValueKind != JsonValueKind.Array || yearsElement.GetArrayLength() == 0)
                {
                    Errors.Add("$.years：应为至少包含一个年度的数组");
                    return [];
                }
                var years = new List<CalendarYear>();
                var i = 0;
                foreach (var y in yearsElement.EnumerateArray())
                {
                    if (ReadYear(y, $"$.years[{i}]") is { } year) years.Add(year);
                    i++;
                }
                CheckYearSequence(years);
                CheckDays(years);
                return [.. years.OrderBy(y => y.Year)];
            }
        }

        private CalendarYear? ReadYear(JsonElement e, string path)
        {
            if (!Object(e, path, YearKeys)) return null;
            if (!Required(e, path, "year", out var yearElement, "年度")) return null;
            if (yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out var year) || year is < 1900 or > 9998)
            {
                Errors.Add($"{path}.year：年度应为四位数的整数，例如 2027");
                return null;
            }
            var sources = ImmutableArray.CreateBuilder<NoticeSource>();
            if (Required(e, path, "sources", out var sourcesElement, "所依据的通知"))
            {
                if (sourcesElement.ValueKind != JsonValueKind.Array || sourcesElement.GetArrayLength() == 0)
                    Errors.Add($"{path}.sources：应为至少列出一份通知的数组（标题、文号、日期）");
                else
                {
                    var i = 0;
                    foreach (var s in sourcesElement.EnumerateArray())
                    {
                        if (ReadSource(s, $"{path}.sources[{i}]") is { } source) sources.Add(source);
                        i++;
                    }
                }
            }
            var holidays = ImmutableArray.CreateBuilder<Holiday>();
            if (Required(e, path, "holidays", out var holidaysElement, "假期"))
            {
                if (holidaysElement.ValueKind != JsonValueKind.Array)
                    Errors.Add($"{path}.holidays：应为数组");
                else
                {
                    var i = 0;
                    foreach (var h in holidaysElement.EnumerateArray())
                    {
                        if (ReadHoliday(h, $"{path}.holidays[{i}]", year) is { } holiday) holidays.Add(holiday);
                        i++;
                    }
                }
            }
            return new CalendarYear(year, sources.ToImmutable(), holidays.ToImmutable());
        }

        private NoticeSource? ReadSource(JsonElement e, string path)
        {
            if (!Object(e, path, SourceKeys)) return null;
            var title = RequiredString(e, path, "title", "通知标题");
            var number = RequiredString(e, path, "number", "文号");
            DateOnly? date = Required(e, path, "date", out var d, "成文日期") ? Date(d, $"{path}.date") : null;
            var url = e.TryGetProperty("url", out var u) ? String(u, $"{path}.url") : null;
            var note = e.TryGetProperty("note", out var n) ? String(n, $"{path}.note") : null;
            return title is null || number is null || date is null ? null : new NoticeSource(title, number, date.Value, url, note);
        }

        private Holiday? ReadHoliday(JsonElement e, string path, int year)
        {
            if (!Object(e, path, HolidayKeys)) return null;
            var name = RequiredString(e, path, "name", "假期名称");
            if (name is not null && !ValidName(name))
            {
                Errors.Add($"{path}.name：未知的假期名称“{name}”（应为{string.Join("、", HolidayNames)}之一，合并放假时用“、”连接，例如“国庆节、中秋节”）");
                name = null;
            }
            DateOnly? from = Required(e, path, "from", out var f, "放假的第一天") ? DateInYear(f, $"{path}.from", year) : null;
            DateOnly? to = Required(e, path, "to", out var t, "放假的最后一天") ? DateInYear(t, $"{path}.to", year) : null;
            if (from is { } a && to is { } b)
            {
                if (a > b)
                {
                    Errors.Add($"{path}：放假的第一天 {Iso(a)} 晚于最后一天 {Iso(b)}");
                    from = null;
                }
                else if (b.DayNumber - a.DayNumber + 1 > MaxHolidayDays)
                {
                    Errors.Add($"{path}：放假 {Iso(a)} 至 {Iso(b)} 共{b.DayNumber - a.DayNumber + 1}天，超过{MaxHolidayDays}天，请核对日期");
                    from = null;
                }
            }
            var makeUpDays = ImmutableArray.CreateBuilder<DateOnly>();
            if (e.TryGetProperty("makeUpDays", out var m))
            {
                if (m.ValueKind != JsonValueKind.Array)
                    Errors.Add($"{path}.makeUpDays：应为日期的数组，例如 [\"2020-09-27\", \"2020-10-10\"]");
                else
                {
                    var i = 0;
                    foreach (var day in m.EnumerateArray())
                    {
                        var dayPath = $"{path}.makeUpDays[{i++}]";
                        if (DateInYear(day, dayPath, year) is not { } date) continue;
                        if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                            Errors.Add($"{dayPath}：调休上班日 {Iso(date)} 是{Weekday(date)}；只有周六、周日才需要列为调休上班日");
                        else makeUpDays.Add(date);
                    }
                }
            }
            var notice = e.TryGetProperty("notice", out var nt) ? String(nt, $"{path}.notice") : null;
            var note = e.TryGetProperty("note", out var no) ? String(no, $"{path}.note") : null;
            return name is null || from is null || to is null
                ? null
                : Track(new Holiday(name, from.Value, to.Value, makeUpDays.ToImmutable(), notice, note), path);
        }

        /// <summary>Years once each and without a gap, so the covered range has no hole.</summary>
        private void CheckYearSequence(List<CalendarYear> years)
        {
            foreach (var g in years.GroupBy(y => y.Year).Where(g => g.Count() > 1))
                Errors.Add($"$.years：{g.Key}年出现了{g.Count()}次");
            var distinct = years.Select(y => y.Year).Distinct().Order().ToList();
            for (var i = 1; i < distinct.Count; i++)
                for (var missing = distinct[i - 1] + 1; missing < distinct[i]; missing++)
                    Errors.Add($"$.years：缺少{missing}年（年度必须连续，日历才能覆盖{distinct[0]}年至{distinct[^1]}年的每一天）");
        }

        /// <summary>A day is off for one holiday at most, and never both off and a make-up working day.</summary>
        private void CheckDays(List<CalendarYear> years)
        {
            var off = new Dictionary<DateOnly, string>();
            var makeUp = new Dictionary<DateOnly, string>();
            foreach (var h in years.SelectMany(y => y.Holidays))
            {
                var path = _paths[h];
                foreach (var d in Days(h.From, h.To))
                    if (!off.TryAdd(d, $"{path}（{h.Name}）"))
                        Errors.Add($"{path}：{Iso(d)} 已是 {off[d]}的放假日，一天只能属于一个假期");
                for (var j = 0; j < h.MakeUpDays.Length; j++)
                {
                    var day = h.MakeUpDays[j];
                    if (!makeUp.TryAdd(day, $"{path}（{h.Name}）"))
                        Errors.Add($"{path}.makeUpDays[{j}]：{Iso(day)} 已列为 {makeUp[day]}的调休上班日");
                    else if (years.SelectMany(y => y.Holidays).FirstOrDefault(o => o.Contains(day)) is { } other)
                        Errors.Add($"{path}.makeUpDays[{j}]：{Iso(day)} 既是调休上班日，又是 {_paths[other]}（{other.Name}）的放假日");
                }
            }
        }

        private static bool ValidName(string name)
        {
            var parts = name.Split('、');
            return parts.All(p => HolidayNames.Contains(p)) && parts.Distinct().Count() == parts.Length;
        }

        private bool Object(JsonElement e, string path, FrozenSet<string> keys)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                Errors.Add($"{path}：应为对象（{{…}}）");
                return false;
            }
            foreach (var p in e.EnumerateObject())
                if (!keys.Contains(p.Name))
                    Errors.Add($"{path}：未知的键“{p.Name}”（可用的键：{string.Join("、", keys.Order(StringComparer.Ordinal))}）");
            return true;
        }

        private bool Required(JsonElement e, string path, string key, out JsonElement value, string meaning)
        {
            if (e.TryGetProperty(key, out value)) return true;
            Errors.Add($"{path}：缺少“{key}”（{meaning}）");
            return false;
        }

        private string? RequiredString(JsonElement e, string path, string key, string meaning) =>
            Required(e, path, key, out var v, meaning) ? String(v, $"{path}.{key}") : null;

        private string? String(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } s) return s;
            Errors.Add($"{path}：应为非空的字符串");
            return null;
        }

        private DateOnly? Date(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            Errors.Add($"{path}：日期“{(e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())}”格式不对，应写成 YYYY-MM-DD，例如 \"2020-10-01\"");
            return null;
        }

        private DateOnly? DateInYear(JsonElement e, string path, int year)
        {
            if (Date(e, path) is not { } date) return null;
            if (date.Year == year) return date;
            Errors.Add($"{path}：{Iso(date)} 不在{year}年内；跨年的假期请按日期所在的年度分开写");
            return null;
        }

        private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
