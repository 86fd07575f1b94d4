namespace MedDevice.Hub.Core.Recoverability;

/// <summary>The closed set of decisions after a failed delivery attempt.</summary>
public abstract record RecoverabilityAction
{
    private RecoverabilityAction()
    {
    }

    /// <summary>Try again at <paramref name="At"/>.</summary>
    public sealed record RetryAt(DateTimeOffset At) : RecoverabilityAction;

    /// <summary>Park in the dead-letter queue for an operator.</summary>
    public sealed record DeadLetter(string Reason) : RecoverabilityAction;
}
