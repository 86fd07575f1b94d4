using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using MedDevice.Testing.Polling;

namespace MedDevice.Hub.EndToEnd.Infrastructure;

/// <summary>
/// The real hub as a separate OS process (<c>dotnet MedDevice.Hub.dll</c>) on a fixed loopback port, so a test can
/// kill it with SIGKILL and start it again on the same database and address. Settings are configuration keys
/// (<c>Hub:Storage:Provider</c>), passed as environment variables.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 300;
    private readonly string _dll;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<string>? _log;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    /// <summary>Prepares a hub process; nothing runs until <see cref="StartAsync"/>.</summary>
    /// <param name="name">A label for log lines, e.g. <c>hub-a</c>.</param>
    /// <param name="settings">Configuration keys and values.</param>
    /// <param name="log">Receives the hub's console output, line by line.</param>
    /// <param name="dll">The hub assembly; default <see cref="HubBinary.Path"/>.</param>
    public HubProcess(string name, IReadOnlyDictionary<string, string> settings, Action<string>? log = null, string? dll = null)
    {
        Name = name;
        _settings = settings;
        _log = log;
        _dll = dll ?? HubBinary.Path;
        Port = FreePort.Next();
    }

    /// <summary>The label.</summary>
    public string Name { get; }

    /// <summary>The loopback port, the same across restarts.</summary>
    public int Port { get; }

    /// <summary>The hub's base address.</summary>
    public Uri BaseAddress => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/"));

    /// <summary>True while the process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>How many times the process was started.</summary>
    public int Starts { get; private set; }

    /// <summary>CPU time the running process has used so far (zero when it does not run).</summary>
    public TimeSpan TotalProcessorTime => _process is { HasExited: false } process ? process.TotalProcessorTime : TimeSpan.Zero;

    /// <summary>The last lines the hub wrote (for failure messages).</summary>
    public string OutputTail => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the process and waits (bounded) until <c>/health/ready</c> answers 200.</summary>
    public async Task StartAsync(TimeSpan readyTimeout, CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        _process?.Dispose();
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = System.IO.Path.GetDirectoryName(_dll)!,
        };
        info.ArgumentList.Add(_dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(BaseAddress.GetLeftPart(UriPartial.Authority));
        foreach (var (key, value) in _settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Starts++;
        await WaitReadyAsync(readyTimeout, cancellationToken);
    }

    /// <summary>SIGKILL: the process dies at once, without draining or committing anything.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token);
        }
    }

    /// <summary>SIGTERM and a bounded wait for a graceful exit; SIGKILL if it does not exit in time.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private async Task WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            await Eventually.UntilAsync(() => IsReadyAsync(http, cancellationToken), $"{Name} to answer 200 on /health/ready", timeout);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}{Environment.NewLine}{OutputTail}", e);
        }
    }

    private async Task<bool> IsReadyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        if (_process is null || _process.HasExited)
        {
            throw new InvalidOperationException($"{Name} exited during start-up:{Environment.NewLine}{OutputTail}");
        }

        try
        {
            using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // Not listening yet.
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // The probe timed out; try again.
        }
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptOutputLines && _output.TryDequeue(out _))
        {
        }

        try
        {
            _log?.Invoke($"[{Name}] {line}");
        }
        catch (InvalidOperationException)
        {
            // The test that owned the log has finished; keep the line in the tail only.
        }
    }
}
