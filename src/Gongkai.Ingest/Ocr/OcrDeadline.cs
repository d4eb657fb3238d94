namespace Gongkai.Ingest.Ocr;

/// <summary>
/// How long one OCR call may work. The budget is CPU time of the calling thread, not time on the clock: on a busy
/// machine a call gets fewer turns on a core, and a clock deadline then cut the same page short (a title lost at load
/// 20) that a quiet machine read whole — the same scan read two ways. Both engines work on the calling thread
/// (Tesseract with OMP_THREAD_LIMIT=1, ONNX Runtime with one intra-op thread), so its CPU clock is the call's work.
/// <see cref="WallMs"/> is the scan's whole time budget left: a guard only, the scan then fails with its own error
/// (<see cref="ScanText"/>) instead of returning a shortened reading.
/// </summary>
internal readonly record struct OcrDeadline(int CpuMs, int WallMs)
{
    /// <summary>A call given <paramref name="cpuMs"/> of CPU time and as long on the clock as it then needs.</summary>
    public static OcrDeadline Cpu(int cpuMs) => new(cpuMs, int.MaxValue);

    /// <summary>The calling thread's CPU clock when the call may no longer go on, in nanoseconds.</summary>
    public long CpuEndNs() => ThreadCpuClock.NowNs() + CpuMs * 1_000_000L;

    /// <summary>Starts timing a call on this thread: the same two bounds as a file's reading has.</summary>
    public WorkBudget Start() => new WorkBudget(TimeSpan.FromMilliseconds(CpuMs), TimeSpan.FromMilliseconds(WallMs)).StartOnThisThread();
}
