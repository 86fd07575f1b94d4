namespace MedDevice.Hub.Customs;

/// <summary>The declaration changed (or one of its devices was created) by a concurrent message: the sender should resend.</summary>
public sealed class CustomsConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CustomsConflictException()
        : base("The declaration changed concurrently.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CustomsConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public CustomsConflictException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
