namespace MedDevice.Adapters.Configuration;

/// <summary>
/// Settings every adapter has, bound from <c>Hub:Adapters:&lt;Name&gt;</c>; an adapter derives its own options
/// from this class and adds what is specific to it. Defaults are the constants of <see cref="AdapterDefaults"/>.
/// </summary>
public class AdapterOptions
{
    private static readonly TimeSpan MinimumCircuitTime = TimeSpan.FromMilliseconds(500);

    /// <summary>False switches the adapter off: every call answers "unavailable" and nothing is sent.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The partner's address (<c>http://</c> = HTTP/2 cleartext, for development only; <c>https://</c> = TLS). Empty = not configured.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Deadline of one attempt.</summary>
    public TimeSpan CallTimeout { get; set; } = AdapterDefaults.CallTimeout;

    /// <summary>Total time one logical call may take, retries included, unless the caller gives a shorter budget.</summary>
    public TimeSpan Budget { get; set; } = AdapterDefaults.Budget;

    /// <summary>Retries of transient failures.</summary>
    public AdapterRetryOptions Retry { get; set; } = new();

    /// <summary>The circuit breaker that rests a failing partner.</summary>
    public AdapterCircuitOptions CircuitBreaker { get; set; } = new();

    /// <summary>Calls in flight to the partner at most.</summary>
    public int MaxConcurrency { get; set; } = AdapterDefaults.MaxConcurrency;

    /// <summary>Calls waiting for a free slot at most; more are refused at once as "busy".</summary>
    public int MaxQueue { get; set; } = AdapterDefaults.MaxQueue;

    /// <summary>Client certificate (PKCS#12) presented to the partner over TLS; none when empty.</summary>
    public string? ClientCertificatePath { get; set; }

    /// <summary>Password of <see cref="ClientCertificatePath"/>.</summary>
    public string? ClientCertificatePassword { get; set; }

    /// <summary>
    /// SHA-256 thumbprint (hex) of the partner's server certificate, pinned instead of the system trust store;
    /// empty = the system trust store decides.
    /// </summary>
    public string? ServerCertificateThumbprint { get; set; }

    /// <summary>True when an endpoint is set and the adapter is enabled.</summary>
    public bool IsConfigured => Enabled && !string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>The endpoint as a URI (only when <see cref="IsConfigured"/>).</summary>
    public Uri EndpointUri => new(Endpoint ?? throw new InvalidOperationException("The adapter has no endpoint."), UriKind.Absolute);

    /// <summary>
    /// The reasons the settings are unusable; empty when they are fine. Derived options add their own checks
    /// and call the base. A missing endpoint is not a problem (the adapter is then "not configured").
    /// </summary>
    public virtual IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!string.IsNullOrWhiteSpace(Endpoint)
            && (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            problems.Add("Endpoint must be an absolute http:// or https:// URL.");
        }

        Positive(problems, CallTimeout, nameof(CallTimeout));
        Positive(problems, Budget, nameof(Budget));
        Positive(problems, Retry.BaseDelay, "Retry:BaseDelay");
        Positive(problems, Retry.MaxDelay, "Retry:MaxDelay");
        if (CircuitBreaker.BreakDuration < MinimumCircuitTime || CircuitBreaker.SamplingDuration < MinimumCircuitTime)
        {
            problems.Add("CircuitBreaker:BreakDuration and CircuitBreaker:SamplingDuration must be at least 0.5 s.");
        }
        if (Retry.MaxAttempts < 1)
        {
            problems.Add("Retry:MaxAttempts must be at least 1.");
        }

        if (CircuitBreaker.FailureRatio is <= 0 or > 1)
        {
            problems.Add("CircuitBreaker:FailureRatio must be in (0, 1].");
        }

        if (CircuitBreaker.MinimumThroughput < 2)
        {
            problems.Add("CircuitBreaker:MinimumThroughput must be at least 2.");
        }

        if (MaxConcurrency < 1 || MaxQueue < 0)
        {
            problems.Add("MaxConcurrency must be at least 1 and MaxQueue at least 0.");
        }

        if (!string.IsNullOrWhiteSpace(ClientCertificatePath) && !File.Exists(ClientCertificatePath))
        {
            problems.Add("ClientCertificatePath must name an existing PKCS#12 file.");
        }

        return problems;
    }

    private static void Positive(List<string> problems, TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"{name} must be positive.");
        }
    }
}
