using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Gongkai.Core.Calendar;
using Gongkai.Core.Json;

namespace Gongkai.Cli.Commands;

/// <summary>
/// `gongkai deadline --received DATE [--corrected-received DATE] [--extended] [--paused FROM..TO]... [--calendar FILE]`:
/// the answer deadline of 《政府信息公开条例》 as one JSON object {received, countFrom, due, extended, workingDays, explanation}.
/// </summary>
public static class DeadlineCommand
{
    public static Command Create(CliConsole console)
    {
        var received = new Option<string?>("--received") { HelpName = "DATE", Description = "收到申请的日期（YYYY-MM-DD，第三十一条；必须给出）" };
        var corrected = new Option<string?>("--corrected-received") { HelpName = "DATE", Description = "收到补正后申请的日期；答复期限自此日起计算（第三十条）" };
        var extended = new Option<bool>("--extended") { Description = "答复期限经批准延长20个工作日（第三十三条第二款）" };
        var paused = new Option<string[]>("--paused")
        {
            HelpName = "FROM..TO",
            Description = "征求第三方或者其他机关意见的期间（含两端），其间的工作日不计入期限（第三十三条第三款）；可多次给出",
        };
        var calendar = new Option<string?>("--calendar") { HelpName = "FILE", Description = "管理员提供的节假日日历文件（格式同内置数据），代替内置的2019–2026年日历" };
        var command = new Command("deadline", "计算依申请公开的答复期限：20个工作日，延长20个工作日，补正与征求意见的时间另计") { received, corrected, extended, paused, calendar };
        command.SetAction(parse => Run(console, parse.GetValue(received), parse.GetValue(corrected), parse.GetValue(extended),
            parse.GetValue(paused) ?? [], parse.GetValue(calendar)));
        return command;
    }

    public static int Run(CliConsole console, string? received, string? correctedReceived, bool extended, IReadOnlyList<string> paused, string? calendarFile)
    {
        var errors = new List<string>();
        if (received is null) errors.Add("缺少 --received（收到申请的日期，YYYY-MM-DD）");
        var receivedDate = received is null ? null : Date("--received", received, errors);
        var correctedDate = correctedReceived is null ? null : Date("--corrected-received", correctedReceived, errors);
        var ranges = paused.Select(p => Range(p, errors)).ToList();
        if (errors.Count > 0) return Fail(console, errors);

        var calendar = calendarFile is null ? WorkingCalendar.BuiltIn : ReadCalendar(console, calendarFile);
        if (calendar is null) return CliApp.Failure;

        Deadline deadline;
        try
        {
            deadline = new StatutoryClock(calendar).Compute(new DeadlineRequest(receivedDate!.Value, correctedDate, extended, [.. ranges.Select(r => r!.Value)]));
        }
        catch (OutsideCalendarException e)
        {
            console.Error(calendarFile is null ? $"{e.Message}；请用 --calendar 提供包含该年度节假日安排的日历文件" : $"{e.Message}（日历文件 {calendarFile}）");
            return CliApp.Failure;
        }
        catch (CalendarException e)
        {
            console.Error(e.Message);
            return CliApp.Failure;
        }
        console.Out.Write(Json(deadline) + "\n");
        return CliApp.Success;
    }

    /// <summary>The contract's object, keys in the order of cli.md, Chinese unescaped.</summary>
    public static string Json(Deadline d)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, ReportJson.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("received", Iso(d.Received));
            w.WriteString("countFrom", Iso(d.CountFrom));
            w.WriteString("due", Iso(d.Due));
            w.WriteBoolean("extended", d.Extended);
            w.WriteNumber("workingDays", d.WorkingDays);
            w.WriteStartArray("explanation");
            foreach (var line in d.Explanation) w.WriteStringValue(line);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static WorkingCalendar? ReadCalendar(CliConsole console, string file)
    {
        string json;
        try
        {
            json = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error(e is FileNotFoundException or DirectoryNotFoundException ? $"{file}: 文件不存在" : $"{file}: 无法读取日历文件（{e.Message}）");
            return null;
        }
        if (WorkingCalendar.TryParse(json, out var calendar, out var errors)) return calendar;
        foreach (var error in errors) console.Error($"{file}: {error}");
        return null;
    }

    private static DateOnly? Date(string option, string text, List<string> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add($"{option}：日期“{text}”格式不对，应写成 YYYY-MM-DD（例如 2020-09-28）");
        return null;
    }

    private static DateRange? Range(string text, List<string> errors)
    {
        var parts = text.Split("..");
        if (parts.Length != 2)
        {
            errors.Add($"--paused：“{text}”应写成 开始日期..结束日期（例如 2020-10-12..2020-10-16）");
            return null;
        }
        var from = Date("--paused", parts[0], errors);
        var to = Date("--paused", parts[1], errors);
        return from is null || to is null ? null : new DateRange(from.Value, to.Value);
    }

    private static int Fail(CliConsole console, List<string> errors)
    {
        foreach (var error in errors) console.Error(error);
        return CliApp.Failure;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
