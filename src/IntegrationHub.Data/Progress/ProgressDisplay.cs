using Spectre.Console;

namespace IntegrationHub.Data.Progress;

/// <summary>Shows how far a long job (seeding, an import) has got: a live progress bar when the output is an
/// interactive terminal, otherwise one plain line per tenth of the work, so that logs of CI runs and redirected
/// output stay readable and short.</summary>
public static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, showing the fraction it reports (0 to 1) with its detail text.
    /// <paramref name="output"/> gets the plain lines; the bar is drawn only when <paramref name="output"/> is
    /// the process's own standard output and that is a terminal.</summary>
    public static async Task<T> RunAsync<T>(string title, TextWriter output, Func<IProgress<ProgressReport>, Task<T>> work)
    {
        if (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Markup.Escape(title), maxValue: 1);
                    var result = await work(new BarProgress(task, title));
                    task.Value = 1;
                    return result;
                });
        }

        return await work(new LineProgress(title, output));
    }

    /// <summary>Moves a Spectre task; its value setter is thread-safe, so reports may come from any thread.</summary>
    private sealed class BarProgress(ProgressTask task, string title) : IProgress<ProgressReport>
    {
        public void Report(ProgressReport value)
        {
            task.Value = value.Fraction;
            task.Description = Markup.Escape($"{title} {value.Detail}");
        }
    }

    /// <summary>Writes a line when the work crosses another tenth.</summary>
    private sealed class LineProgress(string title, TextWriter output) : IProgress<ProgressReport>
    {
        private int _tenthsShown;

        public void Report(ProgressReport value)
        {
            var tenths = (int)Math.Floor(Math.Clamp(value.Fraction, 0, 1) * 10);
            if (tenths > _tenthsShown)
            {
                _tenthsShown = tenths;
                output.WriteLine($"{title}: {tenths * 10}% {value.Detail}");
            }
        }
    }
}
