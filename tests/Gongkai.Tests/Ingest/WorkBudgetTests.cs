using System.Diagnostics;
using System.Text;
using Gongkai.Ingest;
using Gongkai.Ingest.Html;

namespace Gongkai.Tests.Ingest;

/// <summary>
/// A file's reading is bounded by the CPU time of the thread doing it, with a longer bound on the clock as a guard, so
/// that a busy machine reads what a quiet one reads: at load 30 a clock bound refused pages a quiet machine read.
/// </summary>
[Collection("OCR")] // alone: the busy-machine test must not slow other tests' clocks, nor they its
public class WorkBudgetTests
{
    private static void Spin(TimeSpan cpu) => Assert.True(BusyMachine.Work(cpu), "the thread's CPU clock did not count its work");

    [Fact]
    public void A_thread_that_waits_does_not_spend_its_budget()
    {
        var budget = new WorkBudget(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60)).StartOnThisThread();
        Thread.Sleep(400);
        Assert.False(budget.Spent);
    }

    [Fact]
    public void A_thread_that_works_past_its_budget_has_spent_it()
    {
        var budget = new WorkBudget(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60)).StartOnThisThread();
        Spin(TimeSpan.FromMilliseconds(400));
        Assert.True(budget.Spent);
    }

    [Fact]
    public void The_budget_of_a_working_thread_is_seen_spent_from_another_thread()
    {
        var budget = new WorkBudget(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60));
        using var started = new ManualResetEventSlim();
        using var done = new ManualResetEventSlim();
        var worker = new Thread(() =>
        {
            budget.StartOnThisThread();
            started.Set();
            Spin(TimeSpan.FromMilliseconds(400));
            done.Wait();
        });
        worker.Start();
        started.Wait();
        Thread.Sleep(20);
        var early = budget.Spent;
        while (worker.IsAlive && !budget.Spent) Thread.Sleep(10);
        var late = budget.Spent;
        done.Set();
        worker.Join();
        Assert.False(early);
        Assert.True(late);
    }

    [Fact]
    public void The_clock_guard_ends_a_budget_whatever_the_cpu()
    {
        var budget = new WorkBudget(TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(100)).StartOnThisThread();
        Thread.Sleep(300);
        Assert.True(budget.Spent);
    }

    [Fact]
    public void A_watch_cancels_its_token_once_the_budget_is_spent()
    {
        var budget = new WorkBudget(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60)).StartOnThisThread();
        using var watch = budget.Watched();
        Thread.Sleep(300);
        Assert.False(watch.Token.IsCancellationRequested);
        Spin(TimeSpan.FromMilliseconds(400));
        var clock = Stopwatch.StartNew();
        while (!watch.Token.IsCancellationRequested && clock.ElapsedMilliseconds < 10_000) Thread.Sleep(10);
        Assert.True(watch.Token.IsCancellationRequested);
    }

    [Fact]
    public void An_html_page_is_read_alike_on_a_busy_machine_within_the_budget_a_quiet_one_needs()
    {
        var html = Encoding.UTF8.GetBytes("<html><body><h1>2020年政府信息公开工作年度报告</h1><table>"
            + string.Concat(Enumerable.Range(0, 6_000).Select(i => $"<tr><td>第{i}行</td><td>{i}</td><td>{i % 7}</td></tr>")) + "</table></body></html>");
        HtmlText.Extract(html); // warm: the JIT's work is not the page's
        var cpu = ThreadCpuClock.NowNs();
        var quiet = HtmlText.Extract(html);
        var quietCpu = TimeSpan.FromTicks((ThreadCpuClock.NowNs() - cpu) / 100);
        var budget = quietCpu * 2 + TimeSpan.FromMilliseconds(100);
        string busy;
        var wall = Stopwatch.StartNew();
        using (new BusyMachine(perCore: 4)) busy = HtmlText.Extract(html, budget);
        Assert.True(wall.Elapsed > budget, $"the load did not slow the reading ({wall.ElapsedMilliseconds} ms against a budget of {budget.TotalMilliseconds:0} ms): the test proves nothing");
        Assert.Equal(quiet, busy);
    }
}
