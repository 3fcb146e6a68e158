using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ContentGen.Parsing.Tests.Infrastructure;

/// <summary>
/// The thread's own processor time in nanoseconds on Linux, which does not count the time the thread waits
/// for a core: on a machine loaded many times over, the wall clock measures the other processes as much as
/// the parse. Elsewhere the wall clock stands in. Shared by the growth guard and the side-by-side benchmark.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static long Now()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ThreadCpuTimeClock, out var time) == 0)
        {
            return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
